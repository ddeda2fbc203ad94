// Progressive enhancement for the admin: every page works without this file.
(function () {
  "use strict";
  // A button marked data-confirm asks before it submits (deleting, revoking, logging out everywhere).
  document.addEventListener("submit", function (event) {
    var button = event.submitter;
    var message = button && button.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });
})();
