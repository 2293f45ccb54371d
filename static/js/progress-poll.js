// A file made by a task (a readiness export, a ZIP of certificates): poll its JSON status and
// update the progress bar, the count, the spoken message and the download link. Markup: an element with data-progress and
// data-status-url holding <progress>, [data-progress-count], [data-progress-message] (aria-live)
// and [data-progress-download] (hidden until done). The JSON has done, total, percent,
// progress_text, message, finished and download_url. Without this script the page offers a reload
// link instead.
(function () {
  "use strict";

  function setup(root) {
    var url = root.getAttribute("data-status-url");
    var bar = root.querySelector("progress");
    var count = root.querySelector("[data-progress-count]");
    var message = root.querySelector("[data-progress-message]");
    var download = root.querySelector("[data-progress-download]");
    var delay = 1000;

    function show(body) {
      bar.max = Math.max(body.total, 1);
      bar.value = body.done;
      bar.setAttribute("aria-valuetext", body.progress_text);
      bar.textContent = body.percent + "%";
      count.textContent = body.progress_text;
      // The live region speaks only when the state changes, not at every count.
      if (message.textContent !== body.message) message.textContent = body.message;
      if (body.download_url && download) {
        var link = download.querySelector("a");
        if (link) link.href = body.download_url;
        download.hidden = false;
      }
    }

    function poll() {
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) {
          var type = response.headers.get("Content-Type") || "";
          if (!response.ok || type.indexOf("application/json") === -1) {
            // Logged out or gone: a reload shows the login page or the error in full.
            return null;
          }
          return response.json();
        })
        .then(function (body) {
          if (!body) return;
          show(body);
          if (body.finished) {
            // A failed export offers "try again": that form is on the page after a reload.
            if (body.status === "failed") window.location.reload();
            return;
          }
          delay = Math.min(delay * 1.5, 10000);
          window.setTimeout(poll, delay);
        })
        .catch(function () {
          window.setTimeout(poll, 10000);
        });
    }

    if (!root.hasAttribute("data-finished")) window.setTimeout(poll, delay);
  }

  var roots = document.querySelectorAll("[data-progress][data-status-url]");
  for (var i = 0; i < roots.length; i++) setup(roots[i]);
})();
