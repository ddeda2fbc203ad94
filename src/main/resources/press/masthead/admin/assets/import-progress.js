// Follows a running import: asks the Admin API for its status every second and moves the progress bar; once the
// import is over, reloads the page, which the server draws with the report. Without this file the page has a
// Refresh link.
(function () {
  "use strict";
  var section = document.querySelector("[data-import-status]");
  if (!section || !window.fetch) {
    return;
  }
  var url = section.getAttribute("data-import-status");
  var bar = section.querySelector("[data-import-progress]");
  var label = section.querySelector("[data-import-label]");
  section.querySelector("[data-import-refresh]").parentNode.hidden = true;

  function show(status) {
    var progress = status.progress;
    if (progress.total > 0) {
      bar.max = progress.total;
      bar.value = progress.done;
      bar.textContent = progress.done + " of " + progress.total;
      label.textContent = "Importing: " + progress.done + " of " + progress.total + " entries";
    }
  }

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("status " + response.status);
        }
        return response.json();
      })
      .then(function (status) {
        show(status);
        if (status.state === "finished" || status.state === "refused" || status.state === "failed") {
          window.location.reload();
        } else {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(function () {
        // The server may be restarting or the network gone: show the Refresh link again and stop asking.
        section.querySelector("[data-import-refresh]").parentNode.hidden = false;
      });
  }

  window.setTimeout(poll, 1000);
})();
