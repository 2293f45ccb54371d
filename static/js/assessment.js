// Assessment pages: autosave every answer as it is given, a countdown that announces itself only at
// thresholds, and one submit per click. Everything also works without this script: the forms post
// normally and the server keeps the time.
(function () {
  "use strict";

  function csrfToken(form) {
    var input = form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function duplicatePositions(form) {
    var seen = {};
    var selects = form.querySelectorAll("select[name^='position-']");
    for (var i = 0; i < selects.length; i++) {
      if (seen[selects[i].value]) return true;
      seen[selects[i].value] = true;
    }
    return false;
  }

  function setupAutosave(form) {
    var status = form.querySelector("[data-autosave-status]");
    var timer = null;
    var pending = false;

    function say(text) {
      if (status) status.textContent = text;
    }

    function save() {
      timer = null;
      if (duplicatePositions(form)) {
        say(status.dataset.duplicate);
        return;
      }
      say(status.dataset.saving);
      var data = new FormData(form);
      fetch(window.location.pathname, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { Accept: "application/json", "X-CSRFToken": csrfToken(form) },
      })
        .then(function (response) {
          var type = response.headers.get("Content-Type") || "";
          if (type.indexOf("application/json") === -1) {
            // The session ended (idle time-out): the login page came back instead of an answer.
            pending = false;
            say(status.dataset.loggedOut);
            return null;
          }
          return response.json().then(function (body) {
            pending = false;
            if (body.saved) {
              say(body.message);
            } else {
              say(body.error);
              if (response.status === 409) window.location.reload();
            }
          });
        })
        .catch(function () {
          pending = true;
          say(status.dataset.offline);
        });
    }

    function schedule(delay) {
      if (timer) window.clearTimeout(timer);
      timer = window.setTimeout(save, delay);
    }

    form.addEventListener("change", function () { schedule(150); });
    form.addEventListener("input", function (event) {
      if (event.target.tagName === "TEXTAREA") schedule(1500);
    });
    window.addEventListener("online", function () { if (pending) save(); });

    // On a slow line a learner can answer before this deferred script runs; that change fired no
    // event we heard, so anything that differs from what the server rendered is saved now.
    if (changedBeforeLoad(form)) schedule(0);
  }

  function changedBeforeLoad(form) {
    for (var i = 0; i < form.elements.length; i++) {
      var field = form.elements[i];
      if (field.type === "radio" || field.type === "checkbox") {
        if (field.checked !== field.defaultChecked) return true;
      } else if (field.tagName === "SELECT") {
        for (var j = 0; j < field.options.length; j++) {
          if (field.options[j].selected !== field.options[j].defaultSelected) return true;
        }
      } else if (field.tagName === "TEXTAREA" || field.type === "text") {
        if (field.value !== field.defaultValue) return true;
      }
    }
    return false;
  }

  function setupTimer(box) {
    var remaining = parseInt(box.dataset.remaining, 10);
    var value = box.querySelector(".timer__value");
    var announce = box.querySelector("[data-timer-announce]");
    var thresholds = [300, 120, 60];
    var deadline = Date.now() + remaining * 1000;

    function tick() {
      var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      var minutes = Math.floor(left / 60);
      var seconds = left % 60;
      value.textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
      thresholds = thresholds.filter(function (t) {
        if (left <= t) {
          var minutes = Math.ceil(left / 60);
          if (announce) {
            announce.textContent = minutes === 1 ? box.dataset.announceOne : box.dataset.announce.replace("%s", minutes);
          }
          return false;
        }
        return true;
      });
      if (left === 0) {
        // The server has the last word: reloading shows the result it made of what was saved.
        window.setTimeout(function () { window.location.reload(); }, 1500);
        return;
      }
      // Show the extension button in the last five minutes, if the page was loaded earlier.
      if (left === 299 && !box.querySelector("form")) window.location.reload();
      window.setTimeout(tick, 1000);
    }
    tick();
  }

  document.querySelectorAll("form[data-autosave]").forEach(setupAutosave);
  document.querySelectorAll(".timer[data-remaining]").forEach(setupTimer);
  document.querySelectorAll("form[data-submit-once]").forEach(function (form) {
    form.addEventListener("submit", function () {
      var button = form.querySelector("button[type=submit]");
      if (button) window.setTimeout(function () { button.disabled = true; }, 0);
    });
  });
})();
