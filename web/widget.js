/*
 * Website chat widget (docs/widget.md). A clinic pastes:
 *
 *   <script>window.CompanionWidget = { clinicName: "…", crisisRegion: "UK" };</script>
 *   <script src="https://bot.example.org/widget/widget.js" defer></script>
 *
 * and gets a launcher button and a chat panel. Plain JavaScript, no build step.
 * Everything lives in a shadow root so the clinic's CSS and ours never meet.
 *
 * Safety rules this file keeps:
 * - Message text only ever reaches the page through textContent and
 *   createElement: no innerHTML, so no message can run code.
 * - Only http(s) links become <a> elements, opened with rel="noopener noreferrer".
 * - Quick exit (button, or Esc twice) clears the panel and sessionStorage and
 *   replaces the page with a neutral site.
 */
(function () {
  "use strict";

  const HOST_ID = "companion-widget";
  if (document.getElementById(HOST_ID)) return; // the snippet was pasted twice

  const STORAGE_KEY = "companion-widget";
  const DEFAULT_NEUTRAL_URL = "https://www.bbc.com/weather";
  const DEFAULT_COLOURS = { accent: "#0b5563", accentText: "#ffffff" };
  // Light backgrounds the accent colour is drawn on (panel, bot bubbles).
  const ACCENT_BACKGROUNDS = ["#ffffff", "#eef1f4"];
  const DOUBLE_ESCAPE_MS = 700;
  // How long to wait for socket.io before sending over the REST fallback instead.
  const SOCKET_WAIT_MS = 4000;
  const REST_TIMEOUT_MS = 30000;
  const TYPING_TIMEOUT_MS = 20000;
  const MESSAGE_MAX_CHARS = 2000;
  const TRANSCRIPT_MAX_ENTRIES = 200;

  const STRINGS = {
    en: {
      launcher: "Chat",
      subtitle: "A bot: not a therapist, not an emergency service.",
      close: "Close chat",
      options: "Options",
      forget: "Forget this conversation",
      forgetQuestion:
        "Forget this conversation? It is cleared from this device and the chat server is asked to delete what it kept.",
      forgetYes: "Yes, forget it",
      cancel: "Cancel",
      privacyLink: "Privacy notice",
      privacyLine: "Your words are not saved to any file or database.",
      helpNow: "Need help now?",
      helpTitle: "Help right now",
      helpIntro: "This chat cannot send help.",
      helpEmergency: "If you are in danger, or might act on thoughts of hurting yourself or someone else:",
      helpLines: "To talk to someone now:",
      helpFallback: "If you are in danger right now, call your local emergency number.",
      helpHide: "Back to the chat",
      exit: "Quick exit",
      exitHint: "Quick exit, or Esc twice, leaves this site at once and clears this chat.",
      logLabel: "Conversation",
      inputLabel: "Your message",
      placeholder: "Type a message",
      send: "Send",
      you: "You said:",
      bot: "Companion said:",
      suggestions: "Suggested replies",
      typing: "Companion is typing",
      unreachable: "We can't reach the chat right now, so your message wasn't sent. Check your connection, then try again.",
      retry: "Try again",
      notSent: "(not sent)",
      newTab: "(opens in a new tab)",
    },
  };

  // ---------------------------------------------------------------- config

  const script = document.currentScript;
  const userConfig = window.CompanionWidget || {};
  const serverUrl = String(userConfig.serverUrl || (script && script.src ? new URL(script.src).origin : location.origin))
    .replace(/\/+$/, "");
  const server = new URL(serverUrl + "/");
  const language = STRINGS[userConfig.language] ? userConfig.language : "en";
  const t = STRINGS[language];
  const config = {
    clinicName: String(userConfig.clinicName || "Our clinic"),
    crisisRegion: String(userConfig.crisisRegion || "").trim().toUpperCase(),
    neutralUrl: httpUrl(userConfig.neutralUrl) || DEFAULT_NEUTRAL_URL,
    colours: chooseColours(userConfig.colours),
  };

  function httpUrl(value) {
    try {
      const url = new URL(String(value));
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (error) {
      return null;
    }
  }

  // WCAG relative luminance and contrast ratio of two #rgb / #rrggbb colours.
  function luminance(hex) {
    const digits = hex.length === 4 ? hex.slice(1).replace(/./g, "$&$&") : hex.slice(1);
    const [r, g, b] = [0, 2, 4].map(function (i) {
      const c = parseInt(digits.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  function contrast(a, b) {
    const [light, dark] = [luminance(a), luminance(b)].sort(function (x, y) { return y - x; });
    return (light + 0.05) / (dark + 0.05);
  }

  // A clinic's brand colour is used only if text stays readable (4.5:1) on it and around it.
  function chooseColours(colours) {
    const wanted = Object.assign({}, DEFAULT_COLOURS, colours || {});
    const isHex = function (value) { return /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value); };
    const readable =
      isHex(wanted.accent) && isHex(wanted.accentText) &&
      contrast(wanted.accent, wanted.accentText) >= 4.5 &&
      ACCENT_BACKGROUNDS.every(function (bg) { return contrast(wanted.accent, bg) >= 4.5; });
    if (readable) return wanted;
    console.warn("Chat widget: colours", colours, "are below 4.5:1 contrast; using the default colours.");
    return DEFAULT_COLOURS;
  }

  // ---------------------------------------------------------------- stored state

  // sessionStorage: this tab only, gone when the tab closes, and cleared by quick exit.
  function loadState() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || "null");
      if (saved && /^[0-9a-f]{32}$/.test(saved.sessionId) && Array.isArray(saved.transcript)) return saved;
    } catch (error) {
      // Storage blocked or unreadable: start a fresh conversation.
    }
    return { sessionId: newSessionId(), transcript: [], open: false };
  }

  function saveState() {
    state.transcript = state.transcript.slice(-TRANSCRIPT_MAX_ENTRIES);
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch (error) {
      // Storage blocked: the conversation still works, it just won't survive a reload.
    }
  }

  function clearStoredState() {
    try {
      sessionStorage.removeItem(STORAGE_KEY);
    } catch (error) {
      // Nothing was stored.
    }
  }

  function newSessionId() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, function (b) { return b.toString(16).padStart(2, "0"); }).join("");
  }

  const state = loadState();

  // ---------------------------------------------------------------- DOM helpers

  function el(tag, attributes, children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(function ([name, value]) {
      if (name === "text") node.textContent = value;
      else if (value === true) node.setAttribute(name, "");
      else if (value !== false && value != null) node.setAttribute(name, value);
    });
    (children || []).forEach(function (child) { node.append(child); });
    return node;
  }

  function hiddenText(text) {
    return el("span", { class: "cw-visually-hidden", text: text });
  }

  const URL_IN_TEXT = /https?:\/\/[^\s<>"']+/gi;

  // Text with line breaks and http(s) links, built node by node.
  function richText(text) {
    const fragment = document.createDocumentFragment();
    text.split("\n").forEach(function (line, index) {
      if (index > 0) fragment.append(el("br"));
      let last = 0;
      for (const match of line.matchAll(URL_IN_TEXT)) {
        const shown = match[0].replace(/[.,;:!?)\]]+$/, "");
        const href = httpUrl(shown);
        if (!href) continue;
        fragment.append(document.createTextNode(line.slice(last, match.index)));
        fragment.append(
          el("a", { href: href, target: "_blank", rel: "noopener noreferrer" }, [shown, hiddenText(" " + t.newTab)])
        );
        last = match.index + shown.length;
      }
      fragment.append(document.createTextNode(line.slice(last)));
    });
    return fragment;
  }

  // ---------------------------------------------------------------- the interface

  const host = el("div", { id: HOST_ID });
  const shadow = host.attachShadow({ mode: "open" });
  shadow.append(el("link", { rel: "stylesheet", href: serverUrl + "/widget/widget.css" }));

  const launcher = el("button", {
    type: "button", class: "cw-launcher", "aria-expanded": "false", "aria-controls": "cw-panel",
  }, [el("span", { class: "cw-launcher-icon", "aria-hidden": "true" }), t.launcher]);

  const closeButton = el("button", { type: "button", class: "cw-icon-button", "aria-label": t.close }, [
    el("span", { "aria-hidden": "true", text: "\u00d7" }),
  ]);
  const optionsButton = el("button", {
    type: "button", class: "cw-options-button", "aria-expanded": "false", "aria-controls": "cw-options",
  }, [t.options]);
  const helpButton = el("button", {
    type: "button", class: "cw-help-button", "aria-expanded": "false", "aria-controls": "cw-help",
  }, [t.helpNow]);
  const exitButton = el("button", { type: "button", class: "cw-exit-button", "aria-describedby": "cw-exit-hint" }, [
    t.exit,
  ]);

  const forgetButton = el("button", { type: "button", class: "cw-menu-item" }, [t.forget]);
  const privacyLink = el("a", {
    class: "cw-menu-item", href: serverUrl + "/widget/privacy", target: "_blank", rel: "noopener noreferrer",
  }, [t.privacyLink, hiddenText(" " + t.newTab)]);
  const forgetYes = el("button", { type: "button", class: "cw-danger" }, [t.forgetYes]);
  const forgetNo = el("button", { type: "button", class: "cw-secondary" }, [t.cancel]);
  const forgetQuestion = el("p", { id: "cw-forget-question", tabindex: "-1", text: t.forgetQuestion });
  const forgetConfirm = el("div", { class: "cw-confirm", role: "group", "aria-labelledby": "cw-forget-question", hidden: true }, [
    forgetQuestion, el("div", { class: "cw-row" }, [forgetYes, forgetNo]),
  ]);
  const menuItems = el("div", { class: "cw-menu-items" }, [forgetButton, privacyLink]);
  const optionsPanel = el("div", { id: "cw-options", class: "cw-options", hidden: true }, [menuItems, forgetConfirm]);

  const helpHeading = el("h3", { id: "cw-help-title", tabindex: "-1", text: t.helpTitle });
  const helpBody = el("div", { class: "cw-help-body" }, [el("p", { text: t.helpFallback })]);
  const helpHide = el("button", { type: "button", class: "cw-secondary" }, [t.helpHide]);
  const helpPanel = el("section", { id: "cw-help", class: "cw-help", "aria-labelledby": "cw-help-title", hidden: true }, [
    helpHeading, helpBody, helpHide,
  ]);

  const log = el("div", { class: "cw-log", role: "log", "aria-live": "polite", "aria-label": t.logLabel, tabindex: "0" });
  const typing = el("div", { class: "cw-typing", role: "status" });
  const errorBox = el("div", { class: "cw-error", role: "alert" });

  const input = el("textarea", {
    id: "cw-input", rows: "1", maxlength: String(MESSAGE_MAX_CHARS), placeholder: t.placeholder, autocomplete: "off",
  });
  const sendButton = el("button", { type: "submit", class: "cw-send" }, [t.send]);
  const form = el("form", { class: "cw-form" }, [
    el("label", { for: "cw-input", class: "cw-visually-hidden", text: t.inputLabel }), input, sendButton,
  ]);

  const panel = el("section", {
    id: "cw-panel", class: "cw-panel", role: "dialog", "aria-modal": "false", "aria-labelledby": "cw-title", hidden: true,
  }, [
    el("header", { class: "cw-header" }, [
      el("div", { class: "cw-heading" }, [
        el("h2", { id: "cw-title", text: config.clinicName }),
        el("p", { class: "cw-subtitle", text: t.subtitle }),
      ]),
      optionsButton,
      closeButton,
    ]),
    el("div", { class: "cw-safety" }, [helpButton, exitButton]),
    el("p", { id: "cw-exit-hint", class: "cw-hint", text: t.exitHint }),
    optionsPanel,
    helpPanel,
    log,
    typing,
    errorBox,
    el("p", { class: "cw-privacy" }, [
      t.privacyLine + " ",
      el("a", { href: serverUrl + "/widget/privacy", target: "_blank", rel: "noopener noreferrer" }, [
        t.privacyLink, hiddenText(" " + t.newTab),
      ]),
    ]),
    form,
  ]);

  const root = el("div", { class: "cw-root", lang: language }, [panel, launcher]);
  shadow.append(root);
  root.style.setProperty("--cw-accent", config.colours.accent);
  root.style.setProperty("--cw-accent-text", config.colours.accentText);

  // ---------------------------------------------------------------- messages

  function removeSuggestions() {
    log.querySelectorAll(".cw-suggestions").forEach(function (group) { group.remove(); });
    state.transcript.forEach(function (entry) { delete entry.buttons; });
  }

  function renderEntry(entry) {
    const bubble = el("div", { class: "cw-message cw-from-" + entry.from }, [
      hiddenText(entry.from === "user" ? t.you : t.bot), " ",
    ]);
    bubble.append(richText(entry.text));
    log.append(bubble);
    if (entry.buttons && entry.buttons.length) {
      const group = el("div", { class: "cw-suggestions", role: "group", "aria-label": t.suggestions });
      entry.buttons.forEach(function (button) {
        const choice = el("button", { type: "button", class: "cw-suggestion", text: button.title });
        choice.addEventListener("click", function () {
          input.focus(); // the suggestions are about to disappear
          sendMessage(button.payload, button.title);
        });
        group.append(choice);
      });
      log.append(group);
    }
    return bubble;
  }

  // The first message of the reply being shown: a long reply is read from its start.
  let replyStart = null;

  function scrollToLatest() {
    log.scrollTop = log.scrollHeight;
    if (!replyStart) return;
    const hiddenAbove = log.getBoundingClientRect().top - replyStart.getBoundingClientRect().top;
    if (hiddenAbove > 0) log.scrollTop -= hiddenAbove + 8;
  }

  function addEntry(entry) {
    state.transcript.push(entry);
    saveState();
    const bubble = renderEntry(entry);
    if (entry.from === "bot" && !replyStart) replyStart = bubble;
    scrollToLatest();
    return bubble;
  }

  // socket.io sends {text, quick_replies}; the REST fallback sends {text, buttons}.
  function showBotMessage(message) {
    hideTyping();
    if (!message || typeof message !== "object") return;
    const text = typeof message.text === "string" ? message.text : "";
    const offered = Array.isArray(message.quick_replies) ? message.quick_replies : message.buttons;
    const buttons = (Array.isArray(offered) ? offered : [])
      .filter(function (b) { return b && typeof b.title === "string" && typeof b.payload === "string"; })
      .map(function (b) { return { title: b.title, payload: b.payload }; });
    const parts = text.split(/\n\s*\n/).map(function (part) { return part.trim(); }).filter(Boolean);
    if (!parts.length && !buttons.length) return;
    if (buttons.length) removeSuggestions();
    (parts.length ? parts : [""]).forEach(function (part, index) {
      const last = index === Math.max(parts.length - 1, 0);
      addEntry({ from: "bot", text: part, buttons: last && buttons.length ? buttons : undefined });
    });
  }

  let typingTimer = null;

  function showTyping() {
    typing.replaceChildren(
      el("span", { class: "cw-dots", "aria-hidden": "true" }, [el("span"), el("span"), el("span")]),
      hiddenText(t.typing)
    );
    clearTimeout(typingTimer);
    typingTimer = setTimeout(hideTyping, TYPING_TIMEOUT_MS);
  }

  function hideTyping() {
    clearTimeout(typingTimer);
    typing.replaceChildren();
  }

  function showError(retry) {
    const again = el("button", { type: "button", class: "cw-secondary" }, [t.retry]);
    again.addEventListener("click", function () {
      clearError();
      input.focus();
      retry();
    });
    errorBox.replaceChildren(el("p", { text: t.unreachable }), again);
  }

  function clearError() {
    errorBox.replaceChildren();
  }

  // ---------------------------------------------------------------- transport

  // socket.io over a websocket first (replies pushed as they come); the REST
  // fallback when the client library cannot load or the websocket cannot connect
  // (proxies, filters). Websocket only, never long-polling: a websocket is one
  // connection, so the whole socket.io session stays with the one server process
  // that holds it in memory, while polling's requests, on several connections, can
  // reach another Sanic worker or replica that does not know the session.
  let socket = null;
  let socketReady = null;

  function metadata() {
    return config.crisisRegion ? { region: config.crisisRegion } : {};
  }

  function loadSocketIo() {
    return new Promise(function (resolve, reject) {
      const tag = document.createElement("script");
      tag.src = serverUrl + "/widget/vendor/socket.io.min.js";
      tag.async = true;
      tag.onload = function () { return window.io ? resolve(window.io) : reject(new Error("no io")); };
      tag.onerror = reject;
      document.head.append(tag);
    });
  }

  // Resolves once socket.io is connected, or once it is clear that it won't be
  // soon; messages then go over REST until socket.io (still retrying) connects.
  function connect() {
    socketReady = new Promise(function (resolve) {
      const timer = setTimeout(resolve, SOCKET_WAIT_MS);
      (window.io ? Promise.resolve(window.io) : loadSocketIo()).then(function (io) {
        socket = io(server.origin, { path: server.pathname + "socket.io", transports: ["websocket"] });
        socket.on("connect", function () {
          socket.emit("session_request", { session_id: state.sessionId });
          clearTimeout(timer);
          resolve();
        });
        socket.on("bot_uttered", showBotMessage);
      }, function () {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  async function postMessage(text) {
    const controller = new AbortController();
    const timer = setTimeout(function () { controller.abort(); }, REST_TIMEOUT_MS);
    try {
      // text/plain keeps this a "simple" request: no CORS preflight.
      const response = await fetch(serverUrl + "/widget/message", {
        method: "POST",
        headers: { "Content-Type": "text/plain;charset=UTF-8" },
        body: JSON.stringify({ session_id: state.sessionId, message: text, customData: metadata() }),
        credentials: "omit",
        signal: controller.signal,
      });
      if (!response.ok) throw new Error("HTTP " + response.status);
      return await response.json();
    } finally {
      clearTimeout(timer);
    }
  }

  async function deliver(text) {
    await socketReady;
    if (socket && socket.connected) {
      socket.emit("user_uttered", { message: text, session_id: state.sessionId, customData: metadata() });
      return;
    }
    const replies = await postMessage(text);
    (Array.isArray(replies) ? replies : []).forEach(showBotMessage);
    hideTyping();
  }

  // `shown` is what appears in the conversation (a button's title); null sends silently.
  function sendMessage(text, shown) {
    clearError();
    removeSuggestions();
    replyStart = null;
    const bubble = shown == null ? null : addEntry({ from: "user", text: shown });
    showTyping();
    deliver(text).catch(function () {
      hideTyping();
      if (bubble) {
        bubble.classList.add("cw-not-sent");
        bubble.append(" ", el("span", { class: "cw-not-sent-label", text: t.notSent }));
        // Kept on screen to retry, but not stored: it never reached the bot.
        state.transcript.pop();
        saveState();
      }
      showError(function () {
        if (bubble) bubble.remove();
        sendMessage(text, shown);
      });
    });
  }

  // ---------------------------------------------------------------- crisis lines

  function showCrisisLines(region) {
    const list = function (entries) {
      return el("ul", {}, entries.map(function (entry) {
        return el("li", {}, [el("strong", { text: entry.name }), ": " + entry.contact]);
      }));
    };
    helpBody.replaceChildren(
      el("p", { text: t.helpIntro + " " + t.helpEmergency }),
      list(region.emergency),
      el("p", { text: t.helpLines }),
      list(region.crisis_lines)
    );
  }

  // Fetched when the page loads, so the lines are there even if the server goes away later.
  fetch(serverUrl + "/widget/crisis-lines?region=" + encodeURIComponent(config.crisisRegion), { credentials: "omit" })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (region) {
      if (region && Array.isArray(region.crisis_lines) && Array.isArray(region.emergency)) showCrisisLines(region);
    })
    .catch(function () {
      // helpFallback stays in place.
    });

  // ---------------------------------------------------------------- opening, closing, menus

  function setExpanded(button, region, expanded) {
    button.setAttribute("aria-expanded", String(expanded));
    region.hidden = !expanded;
  }

  function openPanel() {
    setExpanded(launcher, panel, true);
    root.classList.add("cw-open");
    state.open = true;
    saveState();
    scrollToLatest();
    input.focus();
    if (!state.transcript.length) sendMessage("/greet", null);
  }

  function closePanel() {
    closeOptions();
    setExpanded(launcher, panel, false);
    root.classList.remove("cw-open");
    state.open = false;
    saveState();
    launcher.focus();
  }

  function closeOptions() {
    setExpanded(optionsButton, optionsPanel, false);
    forgetConfirm.hidden = true;
    menuItems.hidden = false;
  }

  function toggleHelp() {
    const opening = helpPanel.hidden;
    setExpanded(helpButton, helpPanel, opening);
    if (opening) helpHeading.focus();
  }

  function forgetConversation() {
    closeOptions();
    state.transcript = [];
    log.replaceChildren();
    clearError();
    saveState();
    input.focus();
    // The bot deletes what it logged, restarts the conversation and says so.
    sendMessage("/forget_me", null);
  }

  function quickExit() {
    clearStoredState();
    if (socket) socket.disconnect();
    host.remove();
    document.documentElement.style.visibility = "hidden";
    location.replace(config.neutralUrl);
  }

  launcher.addEventListener("click", function () {
    if (panel.hidden) openPanel();
    else closePanel();
  });
  closeButton.addEventListener("click", closePanel);
  optionsButton.addEventListener("click", function () {
    if (optionsPanel.hidden) setExpanded(optionsButton, optionsPanel, true);
    else closeOptions();
  });
  forgetButton.addEventListener("click", function () {
    menuItems.hidden = true;
    forgetConfirm.hidden = false;
    forgetQuestion.focus();
  });
  forgetNo.addEventListener("click", function () {
    closeOptions();
    optionsButton.focus();
  });
  forgetYes.addEventListener("click", forgetConversation);
  helpButton.addEventListener("click", toggleHelp);
  helpHide.addEventListener("click", function () {
    setExpanded(helpButton, helpPanel, false);
    helpButton.focus();
  });
  exitButton.addEventListener("click", quickExit);

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    sendMessage(text, text);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  // Esc closes the innermost open part of the widget; Esc twice in quick
  // succession, anywhere on the page, is the quick exit.
  let lastEscape = 0;
  window.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    const now = Date.now();
    if (now - lastEscape < DOUBLE_ESCAPE_MS) {
      event.preventDefault();
      quickExit();
      return;
    }
    lastEscape = now;
    if (!event.composedPath().includes(host) || panel.hidden) return;
    if (!optionsPanel.hidden) {
      closeOptions();
      optionsButton.focus();
    } else if (!helpPanel.hidden) {
      setExpanded(helpButton, helpPanel, false);
      helpButton.focus();
    } else {
      closePanel();
    }
  }, true);

  // ---------------------------------------------------------------- start

  state.transcript.forEach(renderEntry); // before the log is in the page: nothing re-announced
  document.body.append(host);
  connect();
  if (state.open) {
    setExpanded(launcher, panel, true);
    root.classList.add("cw-open");
  }
})();
