import { useCallback, useEffect, useRef } from 'react';

/**
 * Hands bytes to the browser as a file to save (a download in the loopback mode). The object URL stays valid until the
 * next download or until the screen goes away: a save dialog may stay open a while.
 */
export function useFileDownload(): (bytes: Uint8Array<ArrayBuffer>, fileName: string, type: string) => void {
  const lastUrl = useRef<string | null>(null);
  useEffect(
    () => () => {
      if (lastUrl.current) URL.revokeObjectURL(lastUrl.current);
    },
    [],
  );
  return useCallback((bytes, fileName, type) => {
    if (lastUrl.current) URL.revokeObjectURL(lastUrl.current);
    const url = URL.createObjectURL(new Blob([bytes], { type }));
    lastUrl.current = url;
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
  }, []);
}
