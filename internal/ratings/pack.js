(function () {
  "use strict";
  var K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
  ];

  function ror(x, n) { return (x >>> n) | (x << (32 - n)); }

  function sha256(bytes) {
    var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var len = bytes.length, size = Math.ceil((len + 9) / 64) * 64;
    var m = new Uint8Array(size);
    m.set(bytes);
    m[len] = 0x80;
    var dv = new DataView(m.buffer);
    dv.setUint32(size - 8, Math.floor(len / 0x20000000));
    dv.setUint32(size - 4, (len * 8) >>> 0);
    var w = new Array(64), i, t;
    for (i = 0; i < size; i += 64) {
      for (t = 0; t < 16; t++) { w[t] = dv.getUint32(i + t * 4); }
      for (t = 16; t < 64; t++) {
        var s0 = ror(w[t - 15], 7) ^ ror(w[t - 15], 18) ^ (w[t - 15] >>> 3);
        var s1 = ror(w[t - 2], 17) ^ ror(w[t - 2], 19) ^ (w[t - 2] >>> 10);
        w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
      for (t = 0; t < 64; t++) {
        var t1 = (k + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
        var t2 = ((ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
      h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + k) | 0;
    }
    var out = new Uint8Array(32), odv = new DataView(out.buffer);
    for (i = 0; i < 8; i++) { odv.setUint32(i * 4, h[i] >>> 0); }
    return out;
  }

  function hmac(key, msg) {
    if (key.length > 64) { key = sha256(key); }
    var inner = new Uint8Array(64 + msg.length), outer = new Uint8Array(96), i;
    for (i = 0; i < 64; i++) {
      var kb = i < key.length ? key[i] : 0;
      inner[i] = kb ^ 0x36;
      outer[i] = kb ^ 0x5c;
    }
    inner.set(msg, 64);
    outer.set(sha256(inner), 64);
    return sha256(outer);
  }

  function hex(bytes) {
    var s = "";
    for (var i = 0; i < bytes.length; i++) { s += (bytes[i] + 256).toString(16).slice(1); }
    return s;
  }

  function unhex(s) {
    var out = new Uint8Array(s.length / 2);
    for (var i = 0; i < out.length; i++) { out[i] = parseInt(s.substr(i * 2, 2), 16); }
    return out;
  }

  function today() {
    var d = new Date();
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
  }

  function checked(name) {
    var el = document.querySelector("input[name='" + name + "']:checked");
    return el ? el.value : "";
  }

  function answers(form) {
    var out = { date: today(), ratings: [], derailers: [] }, problems = [];
    form.querySelectorAll("fieldset.behaviour").forEach(function (fs) {
      var id = fs.getAttribute("data-id");
      var rating = parseInt(checked("b" + id) || "0", 10);
      var evidence = fs.querySelector("textarea").value.trim();
      if (rating > 0 || evidence !== "") {
        out.ratings.push({ behaviour: parseInt(id, 10), text: fs.getAttribute("data-text"), rating: rating, evidence: evidence });
      }
    });
    form.querySelectorAll("fieldset.derailer").forEach(function (fs) {
      var key = fs.getAttribute("data-key");
      var status = checked("d" + key) || "none";
      var evidence = fs.querySelector("textarea").value.trim();
      if (status === "concern" && evidence === "") {
        problems.push("Say what you saw for \u201c" + fs.getAttribute("data-label") + "\u201d, or choose Watch or None.");
      }
      if (status !== "none" || evidence !== "") {
        out.derailers.push({ derailer: key, status: status, evidence: evidence });
      }
    });
    return { answers: out, problems: problems };
  }

  function save() {
    var form = document.getElementById("pack");
    var result = answers(form);
    var note = document.getElementById("problems");
    note.textContent = result.problems.join(" ");
    if (result.problems.length > 0) { return; }
    var body = JSON.stringify(result.answers);
    var mac = hmac(unhex(form.getAttribute("data-check")), new TextEncoder().encode(body));
    var response = JSON.stringify({
      format: "leadbridge-rating-response", version: 1,
      code: form.getAttribute("data-code"), answers: body, mac: hex(mac)
    });
    var box = document.getElementById("response");
    box.value = response;
    document.getElementById("saved").hidden = false;
    var link = document.getElementById("download");
    link.href = "data:application/json;charset=utf-8," + encodeURIComponent(response);
    link.download = form.getAttribute("data-file");
    try { link.click(); } catch (e) { box.focus(); }
  }

  document.getElementById("save").addEventListener("click", save);
  document.getElementById("print").addEventListener("click", function () { window.print(); });
  document.getElementById("response").addEventListener("focus", function (e) { e.target.select(); });
}());
