/** `npm start`: the assistant on its embedded defaults (index built from seeds/ and knowledge/ when missing). */
import { startServer } from './server';

try {
  const server = await startServer();
  console.error(`Trợ lý ảo Nội vụ is listening on ${server.url}  (demo portal: ${server.url}/ , widget: ${server.url}/widget.js)`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`Could not start: ${(error as Error).message}`);
  process.exit(1);
}
