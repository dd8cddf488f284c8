// After a tap on the map: say which race card opened (a polite live region, for screen readers) and, when
// the card is out of sight (a phone stacks it under the map), scroll it up to a third of the way down the
// screen, so the map's lower part stays in view above it. data: {token, message, card}; a new token per tap.
export default function (component) {
  const { parentElement, data } = component;
  const status = parentElement.querySelector("[role=status]");
  if (!status || !data || !data.token || status.dataset.token === String(data.token)) return;
  status.dataset.token = String(data.token);
  status.textContent = data.message;
  let tries = 0;
  const reveal = () => {
    const box = document.querySelector(".st-key-" + data.card);
    if (!box) {
      if (++tries < 40) setTimeout(reveal, 50);
      return;
    }
    const top = box.getBoundingClientRect().top;
    if (top >= 0 && top <= window.innerHeight * 0.6) return;
    box.style.scrollMarginTop = Math.round(window.innerHeight * 0.3) + "px";
    box.scrollIntoView({ block: "start", behavior: "instant" });
  };
  setTimeout(reveal, 60);
}
