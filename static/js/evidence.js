// Evidence log and print buttons, on top of pages that work without JavaScript.
//
// - Rows are kept in this browser's localStorage, so a reload loses nothing; the server never stores them.
// - A screenshot's SHA-256 is computed here with Web Crypto; the file input has no name, so the picture is
//   never submitted. Only the 64-character fingerprint goes into the row.
// - The rule checks mirror triage/evidence.py `check_entries`: change both together.
(function () {
  "use strict";

  // Collection hours and daily attempts: 《金融机构个人消费类贷款催收工作指引（试行）》 (China Banking
  // Association, 2026-01-30, self-regulatory; www.china-cba.net, 以官方发布为准): no collection 22:00-08:00
  // without consent (未经同意), at most 6 unanswered (未接通) attempts per contact a day.
  var NIGHT_STARTS_HOUR = 22;
  var NIGHT_ENDS_HOUR = 8;
  var MAX_ATTEMPTS_PER_DAY = 6;
  var STORAGE_KEY = "triage.evidence.v1";
  var FIELDS = ["when", "sender", "channel", "demanded", "threats", "third_parties", "fingerprint"];

  // Buttons that only make sense with JavaScript are rendered hidden and shown here.
  document.querySelectorAll(".js-only[hidden]").forEach(function (el) {
    if (el.id !== "js-breaches") el.hidden = false;
  });

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-print]");
    if (button) {
      event.preventDefault();
      window.print();
    }
  });

  var form = document.querySelector("[data-evidence-form]");
  if (!form) return;

  var entriesBox = form.querySelector("[data-entries]");
  var template = form.querySelector("template[data-entry-template]");
  var totalInput = form.querySelector("input[name='form-TOTAL_FORMS']");
  var maxInput = form.querySelector("input[name='form-MAX_NUM_FORMS']");
  var results = document.getElementById("js-breaches");

  function storage() {
    try {
      return window.localStorage;
    } catch (e) {
      return null; // storage disabled: the page still works, it just does not remember
    }
  }

  // The page's default notice says nothing is kept (true without JavaScript). When this browser can keep the
  // log, say so instead, with the "clear" button it mentions.
  (function swapNotice() {
    var store = storage();
    if (!store) return;
    try {
      var probe = STORAGE_KEY + ".probe";
      store.setItem(probe, "1");
      store.removeItem(probe);
    } catch (e) {
      return; // storage refused (private mode, quota): nothing is kept, the default wording is right
    }
    var stored = document.querySelector("[data-stored-notice]");
    var unstored = document.querySelector("[data-unstored-notice]");
    if (stored) stored.hidden = false;
    if (unstored) unstored.hidden = true;
  })();

  function rows() {
    return Array.prototype.slice.call(entriesBox.querySelectorAll("[data-entry]"));
  }

  function field(row, name) {
    return row.querySelector("[name$='-" + name + "']");
  }

  function readRow(row) {
    var data = {};
    FIELDS.forEach(function (name) {
      var input = field(row, name);
      data[name] = input ? input.value : "";
    });
    var del = field(row, "DELETE");
    data.deleted = !!(del && del.checked);
    return data;
  }

  function writeRow(row, data) {
    FIELDS.forEach(function (name) {
      var input = field(row, name);
      if (input && typeof data[name] === "string") input.value = data[name];
    });
  }

  function isEmpty(data) {
    return !data.when && !data.sender && !data.demanded && !data.threats && !data.third_parties && !data.fingerprint;
  }

  function addRow() {
    var index = parseInt(totalInput.value, 10) || 0;
    var max = parseInt(maxInput && maxInput.value, 10) || 1000;
    if (index >= max) return null;
    var html = template.innerHTML.replace(/__prefix__/g, String(index));
    var holder = document.createElement("div");
    holder.innerHTML = html;
    var row = holder.firstElementChild;
    var legend = row.querySelector("legend");
    if (legend) legend.textContent = legend.getAttribute("data-entry-legend").replace("%(n)s", String(index + 1));
    entriesBox.appendChild(row);
    totalInput.value = String(index + 1);
    return row;
  }

  function save() {
    var store = storage();
    if (!store) return;
    var data = rows().map(readRow).filter(function (d) { return !isEmpty(d) && !d.deleted; });
    try {
      if (data.length) store.setItem(STORAGE_KEY, JSON.stringify(data));
      else store.removeItem(STORAGE_KEY);
    } catch (e) {
      // quota or privacy mode: nothing to do, the form itself still holds the rows
    }
  }

  function restore() {
    var store = storage();
    if (!store) return;
    var saved;
    try {
      saved = JSON.parse(store.getItem(STORAGE_KEY) || "[]");
    } catch (e) {
      saved = [];
    }
    if (!Array.isArray(saved) || !saved.length) return;
    var existing = rows();
    saved.forEach(function (data, i) {
      var row = existing[i] || addRow();
      if (row) writeRow(row, data);
    });
    // The log kept here replaces the row the server filled from the checked message: the note about it goes.
    var note = document.querySelector("[data-prefilled]");
    if (note) note.hidden = true;
  }

  // --- rule checks (mirror of triage/evidence.py) ---

  function parseWhen(value) {
    // datetime-local gives "YYYY-MM-DDTHH:MM": read it as wall-clock time, no time zone conversion.
    var m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/.exec(value || "");
    if (!m) return null;
    return { day: m[1] + "-" + m[2] + "-" + m[3], hour: parseInt(m[4], 10) };
  }

  // One number however it was typed (mirror of evidence.sender_key): spaces, dashes, brackets, dots and "+"
  // go; a leading 0086, or 86 before an 11-digit mobile number, is the country code.
  function senderKey(sender) {
    var key = (sender || "").replace(/[\s\-()（）.+]/g, "").toLowerCase();
    if (/^\d+$/.test(key)) {
      if (key.indexOf("0086") === 0) key = key.slice(4);
      else if (key.indexOf("86") === 0 && key.length === 13) key = key.slice(2);
    }
    return key;
  }

  function checkEntries(entries) {
    // "Too many" counts per number and day: the rule limits one collector's unanswered attempts a day.
    var night = [], thirdParty = [], threats = [], perDay = {}, groups = [];
    entries.forEach(function (entry, i) {
      var row = i + 1;
      var when = parseWhen(entry.when);
      var key = senderKey(entry.sender);
      if (when) {
        if (when.hour >= NIGHT_STARTS_HOUR || when.hour < NIGHT_ENDS_HOUR) night.push(row);
        if (key) {
          var id = when.day + "\u0000" + key;
          if (!perDay[id]) {
            perDay[id] = { day: when.day, sender: (entry.sender || "").trim(), rows: [] };
            groups.push(perDay[id]);
          }
          perDay[id].rows.push(row);
        }
      }
      if ((entry.third_parties || "").trim()) thirdParty.push(row);
      if ((entry.threats || "").trim()) threats.push(row);
    });
    var breaches = [];
    if (night.length) breaches.push({ rule: "night", rows: night, count: night.length });
    // Sorted by day, then by first row, as the server does.
    groups.sort(function (a, b) {
      return a.day < b.day ? -1 : a.day > b.day ? 1 : a.rows[0] - b.rows[0];
    });
    groups.forEach(function (group) {
      if (group.rows.length > MAX_ATTEMPTS_PER_DAY) {
        breaches.push({
          rule: "too_many", rows: group.rows, count: group.rows.length, day: group.day, sender: group.sender
        });
      }
    });
    if (thirdParty.length) breaches.push({ rule: "third_party", rows: thirdParty, count: thirdParty.length });
    if (threats.length) breaches.push({ rule: "threats", rows: threats, count: threats.length });
    return breaches;
  }

  var MESSAGE_ATTR = { night: "data-night", too_many: "data-too-many", third_party: "data-third-party", threats: "data-threats" };

  function describe(breach) {
    return results.getAttribute(MESSAGE_ATTR[breach.rule])
      .replace("%(count)s", String(breach.count))
      // "、" between row numbers in Chinese, ", " in English (data-row-sep, from the page's language).
      .replace("%(rows)s", breach.rows.join(results.getAttribute("data-row-sep") || ", "))
      .replace("%(day)s", breach.day || "")
      // A function, so that "$&" or "$1" typed in the number is not read as a replacement pattern.
      .replace("%(sender)s", function () { return breach.sender || ""; });
  }

  function showResults() {
    if (!results) return;
    // Row numbers count the filled rows in order, as the server does.
    var entries = rows().map(readRow).filter(function (d) { return !isEmpty(d) && !d.deleted; });
    var breaches = checkEntries(entries);
    results.textContent = "";
    if (!entries.length) {
      results.hidden = true;
      return;
    }
    var title = document.createElement("h2");
    title.textContent = results.getAttribute("data-title");
    results.appendChild(title);
    if (!breaches.length) {
      var p = document.createElement("p");
      p.textContent = results.getAttribute("data-none");
      results.appendChild(p);
    } else {
      var ul = document.createElement("ul");
      breaches.forEach(function (breach) {
        var li = document.createElement("li");
        li.textContent = describe(breach);
        ul.appendChild(li);
      });
      results.appendChild(ul);
    }
    results.hidden = false;
    // The server's findings (from the last submit) are superseded by the live ones.
    var server = document.querySelector("[data-server-breaches]");
    if (server) server.hidden = true;
  }

  // --- fingerprints ---

  function toHex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }

  function fingerprint(input) {
    var file = input.files && input.files[0];
    var row = input.closest("[data-entry]");
    var target = row && field(row, "fingerprint");
    if (!file || !target || !(window.crypto && window.crypto.subtle)) return;
    target.value = results ? results.getAttribute("data-hashing") : "…";
    file.arrayBuffer()
      .then(function (bytes) { return window.crypto.subtle.digest("SHA-256", bytes); })
      .then(function (digest) {
        target.value = toHex(digest);
        // Forget the picture: only the fingerprint stays.
        input.value = "";
        save();
        showResults();
      })
      .catch(function () { target.value = ""; });
  }

  // --- wiring ---

  form.addEventListener("input", function () { save(); showResults(); });
  form.addEventListener("change", function (event) {
    if (event.target.matches("[data-fingerprint-file]")) {
      fingerprint(event.target);
      return;
    }
    save();
    showResults();
  });

  var addButton = form.querySelector("[data-add-entry]");
  if (addButton && template && totalInput) {
    addButton.addEventListener("click", function (event) {
      event.preventDefault();
      var row = addRow();
      if (row) {
        var first = row.querySelector("input, select, textarea");
        if (first) first.focus();
      }
    });
  }

  var clearButton = form.querySelector("[data-clear-log]");
  if (clearButton) {
    clearButton.addEventListener("click", function () {
      if (!window.confirm(results ? results.getAttribute("data-confirm-clear") : "?")) return;
      var store = storage();
      if (store) store.removeItem(STORAGE_KEY);
      rows().forEach(function (row) {
        FIELDS.forEach(function (name) {
          var input = field(row, name);
          if (!input) return;
          if (input.tagName === "SELECT") input.selectedIndex = 0;
          else input.value = "";
        });
      });
      showResults();
    });
  }

  // A fresh page (GET) takes the rows kept in this browser; a page the server just rendered from a submit
  // already holds them, so it only refreshes the stored copy.
  if (form.getAttribute("data-bound") === "true") save();
  else restore();
  showResults();

  if (document.querySelector("[data-autoprint]")) window.print();
})();
