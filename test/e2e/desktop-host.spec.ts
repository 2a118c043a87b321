import { serializeEndfirstFile } from '../../shared/domain/file-format';
import { parseEndfirstFile } from '../../shared/domain/file-format';
import { bridgeCalls, emitFromMain, installFakeDesktopBridge } from './fake-desktop-bridge';
import { expect, openApp, test } from './fixtures';
import { seedWorkshops, storedWorkshop, testWorkshop } from './seed';

/** The renderer's desktop paths, driven through a fake preload bridge (Electron cannot run here). */
test.describe('on the desktop host', () => {
  test('an empty library with backups says so, and restores a workshop from them', async ({ page }) => {
    const lost = testWorkshop('Claims triage', { organisation: 'Northwind' });
    await installFakeDesktopBridge(page, [
      { fileName: `${lost.id}--2026-11-26T10-00-00-000Z.endfirst`, workshopId: lost.id, savedAt: '2026-11-26T10:00:00.000Z', contents: serializeEndfirstFile([lost], '2026-11-26T10:00:00.000Z') },
    ]);
    await openApp(page);
    const banner = page.getByRole('alert').filter({ hasText: 'Your library is empty' });
    await expect(banner).toContainText('backups of one workshop');
    await banner.getByRole('button', { name: 'Restore from backup…' }).click();

    const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
    await dialog.getByRole('button', { name: /^Restore Claims triage from/ }).click();
    await expect(page.getByRole('status').getByText(/Restored the backup/)).toBeVisible();
    expect((await storedWorkshop(page, lost.id))?.meta.organisation).toBe('Northwind');
  });

  test('"Save version" also writes a backup file that parses back', async ({ page }) => {
    const workshop = testWorkshop('Backed up');
    await installFakeDesktopBridge(page);
    await openApp(page);
    await seedWorkshops(page, [workshop]);
    await page.goto(`./#/workshop/${workshop.id}/setup`);
    await page.getByLabel('Organisation').fill('Acme Freight');
    await page.getByRole('button', { name: 'Save version' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Save version' }).click();

    // Opening already wrote one backup (before the edit); the one after "Save version" holds the edit.
    const backedUpOrganisations = async () =>
      (await bridgeCalls(page, 'writeBackup')).map((call) => {
        const parsed = parseEndfirstFile(String(call.args[1]));
        return parsed.ok ? parsed.workshops[0]?.meta.organisation : 'unreadable';
      });
    await expect.poll(backedUpOrganisations).toContain('Acme Freight');
    expect(await backedUpOrganisations()).not.toContain('unreadable');
  });

  test('when main asks before closing, typed text is committed and backed up before the answer', async ({ page }) => {
    const workshop = testWorkshop('Closing');
    await installFakeDesktopBridge(page);
    await openApp(page);
    await seedWorkshops(page, [workshop]);
    await page.goto(`./#/workshop/${workshop.id}/setup`);
    await page.getByLabel('Facilitator').pressSequentially('Jo');
    await emitFromMain(page, 'flush', { requestId: 7 });

    await expect.poll(async () => (await bridgeCalls(page, 'confirmFlushed')).map((c) => c.args[0])).toEqual([7]);
    expect((await storedWorkshop(page, workshop.id))?.meta.facilitator).toBe('Jo');
    const backups = await bridgeCalls(page, 'writeBackup');
    expect(backups.some((call) => String(call.args[1]).includes('"facilitator": "Jo"'))).toBe(true);
  });

  test('the native menu’s commands reach the renderer', async ({ page }) => {
    await installFakeDesktopBridge(page);
    await openApp(page);
    await emitFromMain(page, 'menu', 'help:about');
    await expect(page.getByRole('dialog', { name: 'About Endfirst' })).toContainText('/home/facilitator/.config/Endfirst');
  });
});
