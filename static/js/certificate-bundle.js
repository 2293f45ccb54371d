// Certificates as one ZIP, on the list: a "select all on this page" box, shown only when this
// script runs (without it, each certificate is ticked by hand). The waiting page polls with
// progress-poll.js, like every file a task makes.
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

  var selectAll = document.querySelectorAll("[data-select-all]");
  for (var i = 0; i < selectAll.length; i++) setupSelectAll(selectAll[i]);
})();
