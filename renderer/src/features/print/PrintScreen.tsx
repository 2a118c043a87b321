import { useEffect, useMemo, useState } from 'react';
import type { Workshop } from '../../../../shared/domain/workshop';
import { EXPORT_LOCALE } from '../../../../shared/export/format';
import { parsePrintRoute } from '../../../../shared/export/print-route';
import { buildProgress, type Baseline } from '../../../../shared/export/progress-section';
import { buildSummary } from '../../../../shared/export/summary-model';
import { loadBaseline } from '../../db/baseline';
import { localDate } from '../../db/ids';
import { getDatabase } from '../../db/instance';
import { useHost } from '../../host/HostContext';
import { statusReport } from '../../../../shared/export/status-report';
import { PrintDocument } from './PrintDocument';
import { StatusReportDocument } from './StatusReportDocument';
import { pageStyle } from './page-style';
import { printFontsReady, startLoadingPrintFonts } from './print-fonts';
import './print.css';

// Fetch the faces while the database opens and the workshop is read, not after the summary renders.
if (typeof document !== 'undefined' && 'fonts' in document) void startLoadingPrintFonts();

/**
 * The printable session summary (issue 6): a document, not the app screen. It reads the workshop
 * once (a summary is a snapshot), renders it, waits for the static print fonts, and then says it is
 * ready to print: `html[data-print-ready="true"]` for tests and benchmarks, and a bridge call for
 * Electron's hidden export window. `autoprint=1` (the web host) opens the print dialog itself.
 */
export function PrintScreen({ params }: { params: { id: string } }) {
  const host = useHost();
  const route = useMemo(() => parsePrintRoute(params.id), [params.id]);
  const [workshop, setWorkshop] = useState<Workshop | null | undefined>(undefined);
  const [baseline, setBaseline] = useState<Baseline | null>(null);

  useEffect(() => {
    let live = true;
    const db = getDatabase();
    db.workshops
      .get(route.workshopId)
      .then(async (found) => {
        // The baseline is read before the workshop is shown, so the document renders (and says it is ready) once.
        const since = found ? await loadBaseline(db, found).catch(() => null) : null;
        if (!live) return;
        setBaseline(since);
        setWorkshop(found ?? null);
      })
      .catch(() => live && setWorkshop(null));
    return () => {
      live = false;
    };
  }, [route.workshopId]);

  const doc = useMemo(() => (workshop ? buildSummary(workshop, { ...route, today: localDate() }) : null), [workshop, route]);
  const progress = useMemo(() => (workshop && baseline ? buildProgress(baseline, workshop, localDate()) : null), [workshop, baseline]);

  useEffect(() => {
    if (workshop === undefined) return;
    const html = document.documentElement;
    const before = { title: document.title, lang: html.lang };
    html.classList.add('print-route');
    // The PDF's Title and Language come from these: a reader, a screen reader and an archive see
    // the workshop's name and the language the summary is written in.
    document.title = doc ? doc.title : 'Endfirst summary';
    html.lang = EXPORT_LOCALE;
    let live = true;
    void printFontsReady(html.textContent ?? '').then(() => {
      if (!live) return;
      html.dataset['printReady'] = 'true';
      if (route.job !== null) host.summaryPdf?.signalPrintReady(route.job, doc !== null);
      if (route.autoPrint && doc !== null) window.print();
    });
    return () => {
      live = false;
      delete html.dataset['printReady'];
      html.classList.remove('print-route');
      document.title = before.title;
      html.lang = before.lang;
    };
  }, [workshop, doc, route, host]);

  if (workshop === undefined) return <main className="print-loading" aria-busy="true" aria-label="Preparing the summary" />;
  if (doc === null) {
    return (
      <main className="print-missing" aria-labelledby="print-missing-title">
        <h1 id="print-missing-title">This workshop is not in your library</h1>
        <p>It may have been deleted, or it was stored on another computer.</p>
      </main>
    );
  }
  return (
    <>
      <style>{pageStyle(route.paper, doc.title)}</style>
      {route.statusReport && workshop ? (
        <StatusReportDocument report={statusReport(workshop, localDate())} />
      ) : (
        <PrintDocument doc={doc} progress={progress} />
      )}
    </>
  );
}
