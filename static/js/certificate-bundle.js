// Certificates as one ZIP. On the list: a "select all on this page" box, shown only when this
// script runs (without it, each certificate is ticked by hand). On the waiting page: poll the
// bundle's status and update the progress bar, the count and the download link. Without this
// script the waiting page has a reload link instead.
(function () {
  "use strict";

  function setupSelectAll(box) {
    var form = box.getAttribute("data-select-all");
    var boxes = document.querySelectorAll("input[type=checkbox][name=certificate][form='" + form + "']");
    if (!boxes.length) return;
    box.hidden = false;
    var label = document.querySelector("label[for='" + box.id + "']");
    if (label) label.hidden = false;
    box.addEventListener("change", function () {
      for (var i = 0; i < boxes.length; i++) boxes[i].checked = box.checked;
    });
  }

  function setupProgress(root) {
    var url = root.getAttribute("data-status-url");
    var bar = root.querySelector("progress");
    var count = root.querySelector("[data-bundle-count]");
    var message = root.querySelector("[data-bundle-message]");
    var download = root.querySelector("[data-bundle-download]");
    var delay = 1000;

    function show(body) {
      bar.max = Math.max(body.total, 1);
      bar.value = body.done;
      bar.setAttribute("aria-valuetext", body.progress_text);
      bar.textContent = body.percent + "%";
      count.textContent = body.progress_text;
      // The live region speaks only when the state changes, not at every count.
      if (message.textContent !== body.message) message.textContent = body.message;
      if (body.download_url) {
        download.querySelector("a").href = body.download_url;
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
          if (body.finished) return;
          delay = Math.min(delay * 1.5, 10000);
          window.setTimeout(poll, delay);
        })
        .catch(function () {
          window.setTimeout(poll, 10000);
        });
    }

    if (!root.hasAttribute("data-finished")) window.setTimeout(poll, delay);
  }

  var selectAll = document.querySelectorAll("[data-select-all]");
  for (var i = 0; i < selectAll.length; i++) setupSelectAll(selectAll[i]);
  var bundles = document.querySelectorAll("[data-bundle]");
  for (var j = 0; j < bundles.length; j++) setupProgress(bundles[j]);
})();
