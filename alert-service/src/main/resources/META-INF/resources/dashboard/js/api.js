// alert-service's REST API, relative to the page (/dashboard/ → /api/), so a path prefix in front of it still works.

const BASE = new URL('../api/', document.baseURI);

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function answer(response) {
  const body = await response.json().catch(() => ({}));
  if (response.status === 401 || response.status === 403) {
    throw new ApiError(response.status, response.status === 401
      ? 'مفتاح الوصول مطلوب (API key required): أدخله في أعلى الصفحة'
      : 'مفتاح الوصول لا يخوّل هذا الإجراء (this key lacks the role)');
  }
  if (!response.ok) {
    throw new ApiError(response.status, body.error ?? `HTTP ${response.status}`);
  }
  return body;
}

export async function getJson(path, params = {}) {
  const url = new URL(path, BASE);
  for (const [name, value] of Object.entries(params)) {
    if (value != null) url.searchParams.set(name, value);
  }
  return answer(await fetch(url, { headers: { Accept: 'application/json' } }));
}

export async function postJson(path, body) {
  return answer(await fetch(new URL(path, BASE), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  }));
}

/** Every alert change as it happens (Server-Sent Events); the browser reconnects by itself. */
export function alertChanges(onAlert, onConnection) {
  const source = new EventSource(new URL('alerts/stream', BASE));
  source.onopen = () => onConnection(true);
  source.onerror = () => onConnection(false);
  source.onmessage = (event) => onAlert(JSON.parse(event.data));
  return source;
}

/** Path segment for /api/figures/{actor}/{category}. */
export const segment = (value) => encodeURIComponent(value);
