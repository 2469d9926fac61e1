// Small behaviours on top of pages that work without JavaScript.
(function () {
  "use strict";

  // "Clear my answers" also forgets what the site keeps in this browser (the evidence log: keys that
  // start with "triage."), so a shared phone keeps nothing. Quick exit leaves it: it hides, not deletes.
  function forgetLocal() {
    try {
      var store = window.localStorage;
      for (var i = store.length - 1; i >= 0; i--) {
        var key = store.key(i);
        if (key && key.indexOf("triage.") === 0) store.removeItem(key);
      }
    } catch (e) { /* storage disabled: nothing was kept */ }
  }
  document.addEventListener("submit", function (event) {
    if (event.target.matches && event.target.matches("form.start-over")) forgetLocal();
  });

  // Quick exit: leave for the neutral page and replace this history entry, so "back" does not return.
  function quickExit(event) {
    if (event) event.preventDefault();
    window.location.replace(document.querySelector("[data-quick-exit]").href);
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-quick-exit]");
    if (link) quickExit(event);
  });
  // Three presses of Escape in a row also leave at once.
  var escapes = 0;
  var timer = null;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !document.querySelector("[data-quick-exit]")) return;
    escapes += 1;
    clearTimeout(timer);
    timer = setTimeout(function () { escapes = 0; }, 1500);
    if (escapes >= 3) quickExit();
  });

  // htmx changes the address without reloading the header: the language switch must come back to
  // the step the person is on now, not the page they first opened.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains("lang-switch")) return;
    var next = form.querySelector('input[name="next"]');
    if (next) next.value = window.location.pathname + window.location.search;
  });

  // After htmx swaps in a step, move focus to what the person must read first (an error, the danger
  // alert, the analysis, else the heading) so screen readers announce it, and bring it into view below
  // the sticky header: the swap happens where the button was, often far down the page.
  document.addEventListener("htmx:afterSettle", function (event) {
    var panel = document.getElementById("step-panel");
    if (!panel) return;
    var target = panel.querySelector(".error-summary") || panel.querySelector(".urgent") ||
      panel.querySelector("#result") || panel.querySelector("h1");
    if (!target) return;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: true });
    var header = document.querySelector(".site-header");
    var covered = header ? header.getBoundingClientRect().bottom : 0;
    // A new step starts at the top of the page, so its progress line and danger alert show too.
    var top = target.matches("h1, .urgent") ? 0 : window.scrollY + target.getBoundingClientRect().top - covered - 8;
    window.scrollTo(0, Math.max(0, top));
  });
})();
