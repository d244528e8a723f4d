/** The console's sign-in: the bearer token lives in sessionStorage (gone when the tab closes) and goes on every API call. */

const TOKEN_KEY = 'tlnv-console-token';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function storedToken(): string | undefined {
  return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
}

export function storeToken(token: string | undefined): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

/** Calls the API with the token; a JSON error body becomes an ApiError carrying the server's Vietnamese message. */
export async function callApi(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = storedToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers });
  } catch {
    throw new ApiError(0, 'Không kết nối được tới máy chủ. Quý vị vui lòng kiểm tra mạng rồi thử lại.');
  }
  if (response.ok) return response;
  let message = `Máy chủ trả lời lỗi ${response.status}.`;
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (body.error?.message) message = body.error.message;
  } catch {
    // Not JSON: keep the status line.
  }
  throw new ApiError(response.status, message);
}

export async function callJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  return (await (await callApi(path, init)).json()) as T;
}

/** Wires the token form: signs in by probing `probePath`, shows `signedIn` and hides the form on success. */
export function setUpSignIn(options: { probePath: string; onSignedIn: () => void }): void {
  const form = document.getElementById('token-form') as HTMLFormElement;
  const input = document.getElementById('token') as HTMLInputElement;
  const status = document.getElementById('token-status') as HTMLElement;
  const signedIn = document.getElementById('signed-in') as HTMLElement;
  const signOut = document.getElementById('sign-out') as HTMLButtonElement;
  const show = (yes: boolean) => {
    form.hidden = yes;
    signedIn.hidden = !yes;
  };
  const probe = async () => {
    try {
      await callApi(options.probePath);
      show(true);
      status.textContent = '';
      options.onSignedIn();
    } catch (error) {
      storeToken(undefined);
      show(false);
      status.textContent = (error as Error).message;
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    storeToken(input.value.trim());
    input.value = '';
    void probe();
  });
  signOut.addEventListener('click', () => {
    storeToken(undefined);
    show(false);
    status.textContent = 'Quý vị đã đăng xuất.';
  });
  if (storedToken()) void probe();
  else show(false);
}
