/*
 * Share links, enhanced. Without this script every share link is a plain link and "Copy link" simply opens the
 * article. With it, "Copy link" copies the address to the clipboard, and a "Share…" button appears where the
 * browser offers the Web Share API.
 */
(function () {
  "use strict";

  var section = document.querySelector(".share");
  if (!section) {
    return;
  }
  var list = section.querySelector(".share__list");
  var status = section.querySelector(".share__status");
  var url = section.getAttribute("data-share-url") || window.location.href;
  var title = section.getAttribute("data-share-title") || document.title;
  var timer = null;

  function announce(message) {
    if (!status) {
      return;
    }
    status.textContent = message;
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { status.textContent = ""; }, 4000);
  }

  function copyWithSelection(text) {
    var field = document.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.style.position = "fixed";
    field.style.opacity = "0";
    document.body.appendChild(field);
    field.select();
    var copied = false;
    try {
      copied = document.execCommand("copy");
    } catch (ignored) {
      copied = false;
    }
    document.body.removeChild(field);
    return copied;
  }

  var copyLink = section.querySelector("[data-copy-link]");
  if (copyLink) {
    copyLink.addEventListener("click", function (event) {
      var link = copyLink.href || url;
      if (navigator.clipboard && window.isSecureContext) {
        event.preventDefault();
        navigator.clipboard.writeText(link).then(
          function () { announce("Link copied"); },
          function () { announce(copyWithSelection(link) ? "Link copied" : "Copy this address: " + link); }
        );
      } else if (copyWithSelection(link)) {
        event.preventDefault();
        announce("Link copied");
      }
    });
  }

  if (list && typeof navigator.share === "function") {
    var item = document.createElement("li");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "share__button share__button--native";
    button.textContent = "Share\u2026";
    button.addEventListener("click", function () {
      navigator.share({ title: title, url: url }).catch(function () { /* the reader closed the share sheet */ });
    });
    item.appendChild(button);
    list.insertBefore(item, list.firstChild);
  }
})();
