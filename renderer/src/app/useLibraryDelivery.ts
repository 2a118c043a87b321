import { useEffect } from 'react';
import { useLocation } from 'wouter';
import type { HostApi } from '../host/HostApi';
import { LIBRARY_COMMANDS, sendToLibrary, type LibraryCommand } from '../features/library/library-inbox';

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * New / Import / Export, a file the OS asks us to open, and a file dropped on any screen other
 * than the library all end up in the library, which is where they are handled. Outside the
 * library a drop is also kept from navigating the window to the file (which would leave the app).
 */
export function useLibraryDelivery(host: HostApi) {
  const [location, navigate] = useLocation();
  const isOnLibrary = location === '/';
  // Inside a workshop, Export means this workshop: its Export menu handles the command there.
  const isInWorkshop = location.startsWith('/workshop/');

  useEffect(() => {
    const stopMenu = host.onMenuCommand((command) => {
      if (!LIBRARY_COMMANDS.includes(command)) return;
      if (command === 'file:export' && isInWorkshop) return;
      sendToLibrary.command(command as LibraryCommand);
      navigate('/');
    });
    const stopFiles = host.onFileOpenRequest((request) => {
      sendToLibrary.imports([{ kind: 'text', fileName: request.fileName, contents: request.contents }]);
      navigate('/');
    });
    return () => {
      stopMenu();
      stopFiles();
    };
  }, [host, navigate, isInWorkshop]);

  useEffect(() => {
    if (isOnLibrary) return; // the library has its own drop target and overlay
    const allowDrop = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length === 0) return;
      sendToLibrary.imports(files.map((file) => ({ kind: 'file', file })));
      navigate('/');
    };
    window.addEventListener('dragover', allowDrop);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', allowDrop);
      window.removeEventListener('drop', onDrop);
    };
  }, [isOnLibrary, navigate]);
}
