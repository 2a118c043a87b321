import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './build-bridge';

// The sandboxed preload's only job: put the named, typed bridge on window.endfirst.
contextBridge.exposeInMainWorld('endfirst', buildBridge(ipcRenderer));
