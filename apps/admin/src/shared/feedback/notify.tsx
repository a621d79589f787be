import { useEffect } from 'react';
import { App } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';

/**
 * Lets non-React code (the Apollo error link) show antd messages that use the app's theme and locale:
 * the static `message` API cannot read ConfigProvider context, the App-bound instance can.
 */
let messageApi: MessageInstance | null = null;

export function notifyError(text: string): void {
  void messageApi?.error({ content: text, key: text });
}

/** Mounted once inside <App>; binds the context-aware message instance. */
export function MessageBridge() {
  const { message } = App.useApp();
  useEffect(() => {
    messageApi = message;
    return () => {
      messageApi = null;
    };
  }, [message]);
  return null;
}
