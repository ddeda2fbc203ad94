/*
 * The media picker, and progress and drag-and-drop for the library's upload form.
 *
 * THE CONTRACT (for any admin page, such as the article editor):
 * - Load this file: <script src="/admin/assets/media-picker.js" defer></script>. It adds its stylesheet
 *   (/admin/assets/media.css) itself. The page must hold the session's CSRF token in an input named "_csrf", as every
 *   admin page does in its logout form.
 * - Any element with the attribute data-media-picker (a <button type="button">, say) opens the picker when clicked,
 *   also when it is added to the page later. The picker is a modal <dialog>: search the library, page through it,
 *   upload a new file (authors and up), and say the alt text and caption for this use of the picture.
 * - On choosing, the element that opened the picker receives a "media-picked" CustomEvent (it bubbles) whose detail is
 *   {id, url, alt, caption, width, height, type, variants: [{width, height, url}]}. alt is what the writer gave here
 *   ("" for a decorative picture); width and height are 0 for a PDF. Closing the picker without choosing fires nothing.
 *
 *   document.querySelector("#insert-image").addEventListener("media-picked", function (event) {
 *     insertImage(event.detail.url, event.detail.alt, event.detail.caption);
 *   });
 *
 * Everything goes through the Admin API (/api/v1/admin/media, /api/v1/admin/me); nothing here is inline, so the
 * admin's Content-Security-Policy holds.
 */
(function () {
  "use strict";

  var API = "/api/v1/admin/media";
  var picker = null;

  function csrfToken() {
    var field = document.querySelector("input[name=_csrf]");
    return field ? field.value : "";
  }

  function element(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (name === "text") {
        node.textContent = attributes[name];
      } else {
        node.setAttribute(name, attributes[name]);
      }
    });
    (children || []).forEach(function (child) { node.appendChild(child); });
    return node;
  }

  function errorMessage(body, fallback) {
    return body && body.error && body.error.message ? body.error.message : fallback;
  }

  /** Sends a multipart form to the Admin API; resolves with {status, body}, reporting progress from 0 to 100. */
  function upload(formData, onProgress) {
    return new Promise(function (resolve) {
      var request = new XMLHttpRequest();
      request.open("POST", API);
      request.setRequestHeader("X-CSRF-Token", csrfToken());
      request.setRequestHeader("Accept", "application/json");
      request.upload.addEventListener("progress", function (event) {
        if (event.lengthComputable) {
          onProgress(Math.round(event.loaded * 100 / event.total));
        }
      });
      request.addEventListener("load", function () {
        var body = null;
        try {
          body = JSON.parse(request.responseText);
        } catch (ignored) {
          body = null;
        }
        resolve({status: request.status, body: body});
      });
      request.addEventListener("error", function () {
        resolve({status: 0, body: null});
      });
      formData.delete("_csrf");
      request.send(formData);
    });
  }

  /** Shows a message beside a field of a form, as the server-rendered pages do, or removes it (message null). */
  function fieldError(form, name, message) {
    var input = form.querySelector("[name=" + name + "]");
    var id = (form.getAttribute("data-prefix") || "") + name + "-error";
    var old = form.querySelector("[id='" + id + "']");
    if (old) {
      old.remove();
    }
    if (!input) {
      return;
    }
    if (message) {
      var note = element("p", {"class": "field-error", id: id, text: message});
      input.insertAdjacentElement("afterend", note);
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", id);
    } else {
      input.removeAttribute("aria-invalid");
      input.removeAttribute("aria-describedby");
    }
  }

  function clearErrors(form) {
    ["file", "alt"].forEach(function (name) { fieldError(form, name, null); });
  }

  /** What the API answers for a failed upload, put beside the field it names (the file when it names none). */
  function showRefusal(form, result) {
    var field = result.body && result.body.error && result.body.error.field === "alt" ? "alt" : "file";
    fieldError(form, field, errorMessage(result.body, result.status === 0
        ? "The upload did not reach the server; check the connection and try again."
        : "The upload failed (" + result.status + "); try again."));
  }

  /** Refuses, before sending, a file over the library's limit (the form says it in data-max-bytes). */
  function tooLarge(form, file) {
    var max = Number(form.getAttribute("data-max-bytes") || "0");
    if (max > 0 && file && file.size > max) {
      fieldError(form, "file", file.name + " is " + (file.size / 1048576).toFixed(1) + " MB; the limit is "
          + Math.round(max / 1048576) + " MB. Make it smaller or ask an administrator to raise media-max-upload-mb.");
      return true;
    }
    return false;
  }

  /** Lets a file be dropped on the form's drop zone, as if chosen with its file input. */
  function acceptDrops(zone, input) {
    zone.addEventListener("dragover", function (event) {
      event.preventDefault();
      zone.classList.add("dragging");
    });
    zone.addEventListener("dragleave", function () {
      zone.classList.remove("dragging");
    });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      zone.classList.remove("dragging");
      if (event.dataTransfer && event.dataTransfer.files.length > 0) {
        input.files = event.dataTransfer.files;
        input.dispatchEvent(new Event("change", {bubbles: true}));
      }
    });
  }

  /** Uploads the form's fields through the API with a progress bar; resolves with the new record or null. */
  function submitUpload(form) {
    clearErrors(form);
    var input = form.querySelector("input[type=file]");
    var file = input.files[0];
    if (!file) {
      fieldError(form, "file", "Choose a file to upload.");
      return Promise.resolve(null);
    }
    if (tooLarge(form, file)) {
      return Promise.resolve(null);
    }
    var progress = form.querySelector("progress");
    var button = form.querySelector("button[type=submit]");
    progress.hidden = false;
    progress.value = 0;
    button.disabled = true;
    return upload(new FormData(form), function (percent) { progress.value = percent; }).then(function (result) {
      progress.hidden = true;
      button.disabled = false;
      if (result.status === 201) {
        return result.body;
      }
      showRefusal(form, result);
      return null;
    });
  }

  /* ---- The library page's upload form ---- */

  function enhanceUploadForm(form) {
    acceptDrops(form.querySelector(".drop-zone") || form, form.querySelector("input[type=file]"));
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      submitUpload(form).then(function (item) {
        if (item) {
          window.location.assign("/admin/media/" + item.id + "?saved=uploaded");
        }
      });
    });
  }

  /* ---- The picker ---- */

  function Picker() {
    var self = this;
    this.opener = null;
    this.page = 1;
    this.chosen = null;
    this.status = element("p", {"class": "mp-status", role: "status", "aria-live": "polite"});
    this.query = element("input", {id: "mp-q", type: "search", name: "q"});
    this.results = element("ul", {"class": "mp-results"});
    this.newer = element("button", {type: "button", "class": "secondary", text: "Newer"});
    this.older = element("button", {type: "button", "class": "secondary", text: "Older"});
    this.uploadForm = this.buildUploadForm();
    this.uploadSection = element("details", {"class": "mp-upload"}, [
      element("summary", {text: "Upload a new file"}), this.uploadForm]);
    this.uploadSection.hidden = true;
    this.describeForm = this.buildDescribeForm();
    this.browse = element("div", {"class": "mp-browse"}, [
      element("form", {"class": "mp-search", role: "search"}, [
        element("label", {"for": "mp-q", text: "Search the library"}),
        element("div", {"class": "search-row"}, [this.query,
          element("button", {type: "submit", text: "Search"})])]),
      this.status, this.results,
      element("div", {"class": "mp-pager"}, [this.newer, this.older]),
      this.uploadSection]);
    this.dialog = element("dialog", {"class": "media-picker", "aria-labelledby": "mp-title"}, [
      element("div", {"class": "mp-head"}, [
        element("h2", {id: "mp-title", text: "Choose a picture or file"}),
        element("button", {type: "button", "class": "secondary mp-close", text: "Close"})]),
      this.browse, this.describeForm]);
    document.body.appendChild(this.dialog);

    this.browse.querySelector(".mp-search").addEventListener("submit", function (event) {
      event.preventDefault();
      self.load(1);
    });
    this.newer.addEventListener("click", function () { self.load(self.page - 1); });
    this.older.addEventListener("click", function () { self.load(self.page + 1); });
    this.dialog.querySelector(".mp-close").addEventListener("click", function () { self.dialog.close(); });
    this.dialog.addEventListener("close", function () {
      if (self.opener) {
        self.opener.focus();
      }
    });
  }

  Picker.prototype.buildUploadForm = function () {
    var self = this;
    var form = element("form", {"class": "mp-upload-form", "data-prefix": "mp-upload-", novalidate: ""}, [
      element("div", {"class": "drop-zone"}, [
        element("label", {"for": "mp-file", text: "File (JPEG, PNG, GIF, WebP or PDF; you may drop it here)"}),
        element("input", {id: "mp-file", name: "file", type: "file",
          accept: "image/jpeg,image/png,image/gif,image/webp,application/pdf"})]),
      element("label", {"for": "mp-upload-alt", text: "Alt text (what the picture shows, for readers who cannot see it)"}),
      element("input", {id: "mp-upload-alt", name: "alt"}),
      element("p", {"class": "check"}, [
        element("input", {id: "mp-upload-decorative", name: "decorative", type: "checkbox", value: "true"}),
        document.createTextNode(" "),
        element("label", {"for": "mp-upload-decorative", text: "Decorative: it needs no alt text"})]),
      element("label", {"for": "mp-upload-caption", text: "Caption (optional)"}),
      element("input", {id: "mp-upload-caption", name: "caption"}),
      element("progress", {max: "100", value: "0", hidden: ""}),
      element("button", {type: "submit", text: "Upload and use"})]);
    acceptDrops(form.querySelector(".drop-zone"), form.querySelector("input[type=file]"));
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      submitUpload(form).then(function (item) {
        if (item) {
          form.reset();
          self.pick(item, item.alt, item.caption);
        }
      });
    });
    return form;
  };

  Picker.prototype.buildDescribeForm = function () {
    var self = this;
    var form = element("form", {"class": "mp-describe", "data-prefix": "mp-describe-", novalidate: ""}, [
      element("h3", {"class": "mp-chosen", tabindex: "-1"}),
      element("img", {"class": "mp-preview", alt: ""}),
      element("label", {"for": "mp-describe-alt", text: "Alt text for this use (what the picture shows)"}),
      element("input", {id: "mp-describe-alt", name: "alt"}),
      element("p", {"class": "check"}, [
        element("input", {id: "mp-describe-decorative", name: "decorative", type: "checkbox"}),
        document.createTextNode(" "),
        element("label", {"for": "mp-describe-decorative", text: "Decorative: it needs no alt text"})]),
      element("label", {"for": "mp-describe-caption", text: "Caption (optional)"}),
      element("input", {id: "mp-describe-caption", name: "caption"}),
      element("div", {"class": "mp-actions"}, [
        element("button", {type: "submit", text: "Insert"}),
        element("button", {type: "button", "class": "secondary mp-back", text: "Back to the library"})])]);
    form.hidden = true;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var item = self.chosen;
      var alt = form.elements.alt.value.trim();
      var decorative = form.elements.decorative.checked;
      fieldError(form, "alt", null);
      if (item.type.indexOf("image/") === 0 && !alt && !decorative) {
        fieldError(form, "alt", "Describe the picture for readers who cannot see it, or mark it as decorative.");
        form.elements.alt.focus();
        return;
      }
      self.pick(item, decorative ? "" : alt, form.elements.caption.value.trim());
    });
    form.querySelector(".mp-back").addEventListener("click", function () { self.showBrowse(); });
    return form;
  };

  Picker.prototype.open = function (opener) {
    this.opener = opener;
    this.showBrowse();
    this.dialog.showModal();
    this.query.focus();
    this.load(1);
    this.checkUploads();
  };

  /** Shows the upload part only to those who may upload (contributors pick from the library). */
  Picker.prototype.checkUploads = function () {
    var self = this;
    fetch("/api/v1/admin/me", {headers: {Accept: "application/json"}, credentials: "same-origin"})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (me) {
        self.uploadSection.hidden = !(me && me.permissions.indexOf("UPLOAD_MEDIA") >= 0);
      })
      .catch(function () { self.uploadSection.hidden = true; });
  };

  Picker.prototype.load = function (page) {
    var self = this;
    var url = API + "?page=" + page + "&q=" + encodeURIComponent(this.query.value.trim());
    // Only the latest request may show its answer: an earlier one can come back after it.
    var request = this.requests = (this.requests || 0) + 1;
    this.status.textContent = "Loading…";
    fetch(url, {headers: {Accept: "application/json"}, credentials: "same-origin"})
      .then(function (response) {
        return response.json().then(function (body) { return {ok: response.ok, body: body}; });
      })
      .then(function (result) {
        if (request !== self.requests) {
          return;
        }
        if (!result.ok) {
          self.status.textContent = errorMessage(result.body, "The library could not be loaded.");
          return;
        }
        self.page = result.body.page;
        self.show(result.body);
      })
      .catch(function () { self.status.textContent = "The library could not be loaded; check the connection."; });
  };

  Picker.prototype.show = function (listing) {
    var self = this;
    this.results.textContent = "";
    listing.items.forEach(function (item) {
      var thumb = item.variants.length > 0 ? item.variants[0].url : item.url;
      var picture = item.type.indexOf("image/") === 0
          ? element("img", {src: thumb, alt: "", loading: "lazy"})
          : element("span", {"class": "file-type", text: item.type === "application/pdf" ? "PDF" : item.type});
      var button = element("button", {type: "button", "class": "mp-item"}, [picture,
        element("span", {"class": "media-title", text: item.title}),
        element("span", {"class": "media-alt", text: item.alt ? "Alt: " + item.alt : item.fileName})]);
      button.addEventListener("click", function () { self.describe(item); });
      self.results.appendChild(element("li", {}, [button]));
    });
    var matching = listing.query ? (listing.total === 1 ? " file matches “" : " files match “") + listing.query + "”"
        : (listing.total === 1 ? " file" : " files");
    this.status.textContent = listing.total === 0 ? "Nothing in the library matches."
        : listing.total + matching + ", page " + listing.page + " of " + listing.pageCount + ".";
    this.newer.hidden = listing.page <= 1;
    this.older.hidden = listing.page >= listing.pageCount;
  };

  Picker.prototype.describe = function (item) {
    var form = this.describeForm;
    this.chosen = item;
    form.querySelector(".mp-chosen").textContent = item.title;
    var preview = form.querySelector(".mp-preview");
    preview.hidden = item.type.indexOf("image/") !== 0;
    preview.src = item.variants.length > 0 ? item.variants[0].url : item.url;
    form.elements.alt.value = item.alt;
    form.elements.decorative.checked = false;
    form.elements.caption.value = item.caption;
    fieldError(form, "alt", null);
    this.browse.hidden = true;
    form.hidden = false;
    form.elements.alt.focus();
  };

  Picker.prototype.showBrowse = function () {
    this.describeForm.hidden = true;
    this.browse.hidden = false;
  };

  Picker.prototype.pick = function (item, alt, caption) {
    var detail = {id: item.id, url: item.url, alt: alt, caption: caption, width: item.width, height: item.height,
      type: item.type, variants: item.variants};
    var opener = this.opener;
    this.dialog.close();
    opener.dispatchEvent(new CustomEvent("media-picked", {bubbles: true, detail: detail}));
  };

  function ensureStylesheet() {
    if (!document.querySelector("link[href='/admin/assets/media.css']")) {
      document.head.appendChild(element("link", {rel: "stylesheet", href: "/admin/assets/media.css"}));
    }
  }

  document.addEventListener("click", function (event) {
    var opener = event.target.closest ? event.target.closest("[data-media-picker]") : null;
    if (!opener) {
      return;
    }
    event.preventDefault();
    ensureStylesheet();
    picker = picker || new Picker();
    picker.open(opener);
  });

  document.querySelectorAll("form[data-media-upload]").forEach(enhanceUploadForm);
})();
