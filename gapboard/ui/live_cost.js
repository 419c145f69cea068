// The Cost page's workload sliders and the figures that follow them, computed in the browser on every input event
// (gapboard.core.cost's formulas and price choice, checked against it to the cent by a browser test). A slider's
// value goes to the server once, when it is released; the rest of the page then follows from the server.
const MILLION = 1e6, SECONDS_PER_HOUR = 3600;
const RELEASE_MS = 300;  // a slider's value goes to the server this long after the last change

function effectiveInput(o, share) {
  const cached = o.cached === null ? o.input : o.cached;
  return o.input - share * (o.input - cached);
}

function costs(o, w, ownSpeed, assumed) {
  const speed = ownSpeed && o.speed !== null ? o.speed : assumed;
  const effective = effectiveInput(o, w.cache / 100);
  const request = w.rpd * w.days * (w.in * effective + w.out * o.output) / MILLION;
  const perHour = speed * SECONDS_PER_HOUR * (o.output + w.ratio * effective) / MILLION;
  const agent = w.agents * w.hours * w.days * perHour;
  return {request, agent, total: request + agent};
}

// One row per model: the override when it names an option, else the preference's pick (as choose_prices).
function choose(data, w) {
  const firstParty = new Set(data.options.filter(o => o.first_party).map(o => o.model));
  const best = new Map();
  data.options.forEach((o, row) => {
    if (!data.models.includes(o.model)) return;
    const c = costs(o, w, data.own_speed, w.tps);
    const outside = data.preference === "vendor" && firstParty.has(o.model) && !o.first_party;
    const rank = [o.option !== data.overrides[o.model] ? 1 : 0, outside ? 1 : 0, c.total, o.output, o.option, row];
    const held = best.get(o.model);
    if (!held || less(rank, held.rank)) best.set(o.model, {rank, option: o, cost: c});
  });
  return [...best.values()];
}

function less(a, b) {
  for (let i = 0; i < a.length; i++) {
    if (a[i] < b[i]) return true;
    if (a[i] > b[i]) return false;
  }
  return false;
}

function usd(value) {  // as ui.format.usd: cents from $1, four decimals below
  const digits = Math.abs(value) >= 1 ? 2 : 4;
  return "$" + value.toLocaleString("en-US", {minimumFractionDigits: digits, maximumFractionDigits: digits});
}

function ratio(cost, base, text) {  // as core.cost.ratio_label
  if (base === null || !(base > 0) || !isFinite(cost)) return null;
  if (cost === base) return text.same;
  if (cost === 0) return "$0";
  if (cost < base && base / cost >= 1.95) return "1/" + Math.round(base / cost);
  return (cost / base).toFixed(2) + "×";
}

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, name) => values[name]);
}

function workloadOf(root, data) {
  const w = {};
  for (const s of data.sliders) w[s.key] = Number(root.querySelector(`input[data-key="${s.key}"]`).value);
  return w;
}

function draw(root, data) {
  const w = workloadOf(root, data);
  for (const s of data.sliders) {
    const shown = root.querySelector(`output[data-key="${s.key}"]`);
    shown.textContent = Number(w[s.key]).toLocaleString(data.locale);
    root.querySelector(`input[data-key="${s.key}"]`).setAttribute("aria-valuetext", shown.textContent);
  }
  const rows = choose(data, w).sort((a, b) => a.cost.total - b.cost.total || (a.option.name < b.option.name ? -1 : 1));
  const base = rows.find(r => r.option.model === data.baseline);
  const baseTotal = base ? base.cost.total : null;
  const cheapest = rows[0];
  const metrics = root.querySelector(".metrics");
  metrics.replaceChildren();
  const metric = (label, value, test) => {
    const box = document.createElement("div");
    box.className = "metric";
    box.dataset.figure = test;
    const l = document.createElement("div"); l.className = "label"; l.textContent = label;
    const v = document.createElement("div"); v.className = "value"; v.textContent = value;
    box.append(l, v);
    metrics.append(box);
  };
  if (base) metric(fill(data.text.monthly, {model: base.option.name}), usd(base.cost.total), "baseline");
  if (cheapest) {
    metric(fill(data.text.cheapest, {model: cheapest.option.name}), usd(cheapest.cost.total), "cheapest");
    metric(data.text.versus, ratio(cheapest.cost.total, baseTotal, data.text) || data.text.no_ratio, "ratio");
  }
  const chart = root.querySelector(".bars");
  chart.replaceChildren();
  const top = Math.max(...rows.map(r => r.cost.total), 0) || 1;
  for (const r of rows) {
    const line = document.createElement("div");
    line.className = "bar-row";
    line.dataset.model = r.option.model;
    line.dataset.total = r.cost.total.toFixed(6);
    const name = document.createElement("span"); name.className = "name"; name.textContent = r.option.name;
    const track = document.createElement("span"); track.className = "track";
    const bar = document.createElement("span"); bar.className = "bar";
    bar.style.width = (100 * r.cost.total / top).toFixed(2) + "%";
    bar.style.background = data.colours[r.option.weights] || "#999999";
    track.append(bar);
    const value = document.createElement("span"); value.className = "amount";
    const versus = ratio(r.cost.total, baseTotal, data.text);
    value.textContent = usd(r.cost.total) + (versus ? ` · ${versus}` : "");
    line.append(name, track, value);
    chart.append(line);
  }
}

function build(root, data) {
  root.innerHTML = "";
  const form = document.createElement("div");
  form.className = "groups";
  for (const [title, keys] of data.groups) {
    const group = document.createElement("fieldset");
    const legend = document.createElement("legend"); legend.textContent = title;
    group.append(legend);
    for (const key of keys) {
      const s = data.sliders.find(x => x.key === key);
      const id = "gapboard-" + key;
      const row = document.createElement("div"); row.className = "slider";
      const label = document.createElement("label"); label.htmlFor = id; label.textContent = s.label;
      const shown = document.createElement("output"); shown.dataset.key = key; shown.htmlFor = id;
      const input = document.createElement("input");
      Object.assign(input, {type: "range", id, min: s.min, max: s.max, step: s.step, value: s.value});
      input.dataset.key = key;
      input.addEventListener("input", () => draw(root, data));
      // released: the server follows once (through the newest render's channel: an older one may be gone); quick
      // key presses in a row count as one release
      input.addEventListener("change", () => {
        clearTimeout(root.pending);
        root.pending = setTimeout(() => root.send("workload", workloadOf(root, data)), RELEASE_MS);
      });
      row.append(label, shown, input);
      group.append(row);
    }
    form.append(group);
  }
  const metrics = document.createElement("div"); metrics.className = "metrics";
  const bars = document.createElement("div"); bars.className = "bars"; bars.setAttribute("role", "list");
  bars.setAttribute("aria-label", data.text.chart);
  root.append(form, metrics, bars);
}

export default function (component) {
  const {data, parentElement, setStateValue} = component;
  let root = parentElement.querySelector(".gapboard-live-cost");
  const fresh = !root || root.dataset.signature !== data.signature;
  if (!root) {
    root = document.createElement("div");
    root.className = "gapboard-live-cost";
    parentElement.append(root);
  }
  root.send = setStateValue;
  if (fresh) {  // new choices (models, prices, labels): draw anew; a rerun with the same ones keeps what is on screen
    root.dataset.signature = data.signature;
    build(root, data);
  }
  window.__gapboardCost = {choose: w => choose(data, w)};  // for the browser test that checks the arithmetic
  draw(root, data);
}
