// Tests against real services (and the browser suite) need minutes, not Jest's default 5 s.
jest.setTimeout(180_000);
