// Bring an answer into view: after a question (Find's boxes, a map click, a preset), say what the answer is in
// a polite live region, move the keyboard focus to it, and, when it is out of sight (a phone stacks it under
// the map or the controls), scroll it up to `margin` of the screen's height from the top.
// data: {token, message, target, margin}; a new token per question (the same token twice does nothing).
export default function (component) {
  const { parentElement, data } = component;
  const status = parentElement.querySelector("[role=status]");
  if (!status || !data || !data.token || status.dataset.token === String(data.token)) return;
  status.dataset.token = String(data.token);
  status.textContent = data.message || "";
  let tries = 0;
  const reveal = () => {
    const box = document.querySelector(".st-key-" + data.target);
    if (!box || !box.getBoundingClientRect().height) {
      if (++tries < 60) setTimeout(reveal, 50);
      return;
    }
    box.setAttribute("tabindex", "-1");
    box.style.outline = "none";
    box.focus({ preventScroll: true });
    const top = box.getBoundingClientRect().top;
    if (top >= 0 && top <= window.innerHeight * 0.6) return;
    box.style.scrollMarginTop = Math.round(window.innerHeight * (data.margin ?? 0.3)) + "px";
    box.scrollIntoView({ block: "start", behavior: "instant" });
  };
  setTimeout(reveal, 60);
}
