// The article editor's enhancements: a Markdown toolbar, a live preview rendered by the server, word count and
// reading time, autosave to the Admin API, a warning before leaving unsaved changes, and the conflict view when
// someone else saved meanwhile. Without this file the editor is a plain form that saves.
(function () {
  "use strict";
  var form = document.getElementById("article-form");
  if (!form) {
    return;
  }
  var API = "/api/v1/admin/articles";
  var AUTOSAVE_EVERY_MS = 8000;
  var PREVIEW_AFTER_MS = 400;
  var body = document.getElementById("body");
  var status = document.getElementById("autosave-status");
  var counts = document.getElementById("counts");
  var preview = form.querySelector("[data-preview]");
  var csrf = form.querySelector("input[name=_csrf]").value;
  var versionField = form.querySelector("input[name=version]");
  var articleId = form.getAttribute("data-article-id");
  var dirty = false;
  var saving = false;
  var paused = false;
  var submitting = false;

  function send(method, url, payload) {
    return fetch(url, {
      method: method,
      credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf},
      body: JSON.stringify(payload)
    });
  }

  // ---- Toolbar: each button wraps the selection or starts the lines it touches. ----
  var wrappers = {bold: ["**", "**", "bold text"], italic: ["_", "_", "italic text"]};
  var linePrefixes = {h2: "## ", h3: "### ", quote: "> ", ul: "- ", ol: "1. "};

  function replaceSelection(text, selectFrom, selectTo) {
    var start = body.selectionStart;
    body.setRangeText(text, start, body.selectionEnd, "end");
    if (selectFrom !== undefined) {
      body.setSelectionRange(start + selectFrom, start + selectTo);
    }
    body.focus();
    body.dispatchEvent(new Event("input", {bubbles: true}));
  }

  function selected() {
    return body.value.substring(body.selectionStart, body.selectionEnd);
  }

  function prefixLines(prefix) {
    var value = body.value;
    var start = value.lastIndexOf("\n", body.selectionStart - 1) + 1;
    var end = body.selectionEnd;
    body.setSelectionRange(start, end);
    var lines = value.substring(start, end).split("\n").map(function (line, index) {
      return (prefix === "1. " ? (index + 1) + ". " : prefix) + line;
    });
    replaceSelection(lines.join("\n"));
  }

  function format(kind) {
    var text = selected();
    if (wrappers[kind]) {
      var w = wrappers[kind];
      var inner = text || w[2];
      replaceSelection(w[0] + inner + w[1], w[0].length, w[0].length + inner.length);
    } else if (linePrefixes[kind]) {
      prefixLines(linePrefixes[kind]);
    } else if (kind === "link") {
      var url = window.prompt("Link address (https://…)", "https://");
      if (url) {
        var label = text || "link text";
        replaceSelection("[" + label + "](" + url + ")", 1, 1 + label.length);
      }
    } else if (kind === "embed") {
      var address = window.prompt("Address of the video, audio or post to embed (https://…)");
      if (address) {
        replaceSelection("\n<figure class=\"embed\"><a href=\"" + address.replace(/"/g, "%22") + "\">" +
          address.replace(/[<>&]/g, "") + "</a></figure>\n");
      }
    }
  }

  var toolbar = form.querySelector("[data-toolbar]");
  if (toolbar) {
    toolbar.hidden = false;
    toolbar.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-md]");
      // The image button opens the media library's picker (media-picker.js), which answers with media-picked.
      if (button && !button.hasAttribute("data-media-picker")) {
        format(button.getAttribute("data-md"));
      }
    });
    toolbar.addEventListener("media-picked", function (event) {
      var picked = event.detail;
      var caption = picked.caption ? " \"" + picked.caption.replace(/"/g, "'") + "\"" : "";
      replaceSelection("\n![" + picked.alt.replace(/[\[\]]/g, "") + "](" + picked.url + caption + ")\n");
    });
  }

  // The featured image from the library: its address, alt text and caption fill the fields, as if typed.
  var pickFeatured = document.getElementById("pick-featured");
  if (pickFeatured) {
    pickFeatured.hidden = false;
    pickFeatured.addEventListener("media-picked", function (event) {
      var picked = event.detail;
      [["imageUrl", picked.url], ["imageAlt", picked.alt], ["imageCaption", picked.caption]].forEach(function (pair) {
        var input = document.getElementById(pair[0]);
        input.value = pair[1] || "";
        input.dispatchEvent(new Event("input", {bubbles: true}));
      });
    });
  }
  body.addEventListener("keydown", function (event) {
    if ((event.ctrlKey || event.metaKey) && (event.key === "b" || event.key === "i")) {
      event.preventDefault();
      format(event.key === "b" ? "bold" : "italic");
    }
  });

  // ---- Live preview, word count and reading time, from the server's own body pipeline. ----
  var previewTimer = null;
  function refreshPreview() {
    send("POST", API + "/render", {body: body.value}).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (rendered) {
      if (!rendered) {
        return;
      }
      preview.innerHTML = rendered.html;
      counts.textContent = rendered.wordCount + " words · " + rendered.readingMinutes + " min read";
    }).catch(function () { /* The preview is a help; saving does not depend on it. */ });
  }
  if (preview) {
    preview.hidden = false;
    form.querySelector("[data-preview-heading]").hidden = false;
    refreshPreview();
  }

  // ---- What the form holds, as the Admin API takes it. ----
  function values(name) {
    return Array.prototype.map.call(form.querySelectorAll("[name=" + name + "] option:checked"), function (o) {
      return Number(o.value);
    });
  }
  function field(name) {
    var element = form.elements[name];
    return element ? element.value : "";
  }
  function payload() {
    var categories = [];
    if (field("primaryCategory")) {
      categories.push(Number(field("primaryCategory")));
    }
    values("categories").forEach(function (id) {
      if (categories.indexOf(id) < 0) {
        categories.push(id);
      }
    });
    var imageUrl = field("imageUrl").trim();
    return {
      headline: field("headline"), standfirst: field("standfirst"), slug: field("slug"), body: body.value,
      authors: values("authors"), categories: categories,
      // While the writer is still typing a tag, an autosave leaves the tags as they were: a half-typed name
      // would otherwise become a tag of its own.
      tags: document.activeElement === form.elements.tags ? undefined
        : field("tags").split(",").map(function (t) { return t.trim(); }).filter(Boolean),
      featuredImage: imageUrl ? {url: imageUrl, alt: field("imageAlt"), caption: field("imageCaption")} : null,
      seoTitle: field("seoTitle"), seoDescription: field("seoDescription"), language: field("language"),
      canonicalUrl: field("canonicalUrl"), noindex: form.elements.noindex.checked,
      featured: form.elements.featured.checked, version: versionField.value ? Number(versionField.value) : null
    };
  }

  // ---- Autosave: a new article is created by its first autosave, then saved in place. ----
  function say(text) {
    status.textContent = text;
  }
  function time() {
    return new Date().toLocaleTimeString([], {hour: "2-digit", minute: "2-digit"});
  }
  function autosave() {
    if (!dirty || saving || paused || submitting || !field("headline").trim()) {
      return;
    }
    saving = true;
    dirty = false;
    var data = payload();
    var request = articleId ? send("POST", API + "/" + articleId + "/autosave", data) : send("POST", API, data);
    request.then(function (response) {
      return response.json().then(function (answer) {
        if (response.ok) {
          versionField.value = answer.version;
          if (!articleId) {
            articleId = String(answer.id);
            form.action = "/admin/articles/" + articleId;
            form.setAttribute("data-article-id", articleId);
            window.history.replaceState(null, "", "/admin/articles/" + articleId);
          }
          say(answer.status === "published"
            ? "Autosaved at " + time() + " as a revision; readers see your changes when you save."
            : "Autosaved at " + time() + ".");
        } else if (response.status === 409) {
          dirty = true;
          showConflict(answer);
        } else {
          dirty = true;
          say("Not autosaved: " + (answer.error ? answer.error.message : response.status) + " Save to see where.");
        }
      });
    }).catch(function () {
      dirty = true;
      say("Not autosaved: the server did not answer. Your text is still here.");
    }).then(function () {
      saving = false;
    });
  }
  window.setInterval(autosave, AUTOSAVE_EVERY_MS);

  // ---- Conflict: show theirs, keep mine, let the writer choose. ----
  var panel = document.getElementById("conflict-panel");
  var theirs = null;
  function showConflict(answer) {
    paused = true;
    theirs = answer.current;
    document.getElementById("their-body").value = theirs ? theirs.body : "";
    panel.hidden = false;
    panel.focus();
    say("Not autosaved: someone else saved this article.");
  }
  panel.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-conflict]");
    if (!button) {
      return;
    }
    var choice = button.getAttribute("data-conflict");
    if (choice === "copy-mine") {
      body.select();
      if (navigator.clipboard) {
        navigator.clipboard.writeText(body.value);
      }
      say("Your body text is selected and copied.");
    } else if (choice === "load-theirs") {
      dirty = false;
      window.location.reload();
    } else if (choice === "keep-mine" && theirs) {
      versionField.value = theirs.version;
      paused = false;
      dirty = true;
      panel.hidden = true;
      say("Your version will replace theirs at the next save.");
    }
  });

  // ---- Tags: the browser suggests names from the list for the tag being typed, after the commas. ----
  var tagsInput = form.elements.tags;
  var tagList = document.getElementById(tagsInput.getAttribute("list"));
  var tagNames = Array.prototype.map.call(tagList.options, function (option) { return option.value; });
  tagsInput.addEventListener("input", function () {
    var comma = tagsInput.value.lastIndexOf(",");
    var before = comma < 0 ? "" : tagsInput.value.substring(0, comma + 1) + " ";
    tagList.innerHTML = "";
    tagNames.forEach(function (name) {
      var option = document.createElement("option");
      option.value = before + name;
      tagList.appendChild(option);
    });
  });

  // ---- Changes: mark dirty, refresh the preview, warn before leaving. ----
  form.addEventListener("input", function (event) {
    dirty = true;
    if (event.target === body && preview) {
      window.clearTimeout(previewTimer);
      previewTimer = window.setTimeout(refreshPreview, PREVIEW_AFTER_MS);
    }
  });
  form.addEventListener("change", function () {
    dirty = true;
  });
  form.addEventListener("submit", function () {
    submitting = true;
  });
  window.addEventListener("beforeunload", function (event) {
    if (dirty && !submitting) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
})();
