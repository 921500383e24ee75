// A child process for the team tests: opens a library and syncs it with its team server until killed
// (or once, with "once"), printing "synced" after each sync.
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';

const [dataDir, password, mode] = process.argv.slice(2);
const service = await WorkbenchService.start({ dataDir: dataDir!, seedsDir: null });
service.team!.setPasswordSource(async () => password);
do {
  await service.team!.sync();
  process.stdout.write('synced\n');
} while (mode !== 'once');
await service.team!.close();
