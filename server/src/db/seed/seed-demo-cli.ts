import { loadConfig } from '../../config.ts';
import { openDatabase } from '../client.ts';
import { seedDemo } from './demo-seed.ts';

const config = loadConfig();
const database = await openDatabase(config);
try {
  const { loaded } = await seedDemo(database.db);
  console.log(loaded ? `Demo content loaded into ${database.kind}.` : 'Demo accounts exist already; added missing cities and categories only.');
} finally {
  await database.close();
}
