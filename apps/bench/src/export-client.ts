import http from 'node:http';

/**
 * The full CSV export's client, a process of its own that bench-api.ts starts for each run: downloads
 * EXPORT_URL with the bearer token EXPORT_TOKEN over node:http, counts the bytes and the newlines of the
 * raw chunks (Buffer#indexOf, nothing decoded) and prints one line of JSON: `{"status", "lines" (the data
 * lines: the newlines less the header's), "bytes", "cpuMs" (this process's CPU time)}`.
 *
 * Why a process of its own: every socket read is a new buffer outside the heap, and 1.5 GB of them make
 * V8 run a full garbage collection every few dozen megabytes. In the benchmark's process, whose heap
 * holds what the other measurements keep, those collections were most of the client's CPU (perf: about
 * half of its samples in marking), on the same two cores as the API and PostgreSQL.
 */
const url = process.env.EXPORT_URL;
const token = process.env.EXPORT_TOKEN;
if (!url || !token) {
  console.error('EXPORT_URL and EXPORT_TOKEN are required');
  process.exit(2);
}
http
  .get(url, { headers: { authorization: `Bearer ${token}` } }, (res) => {
    let newlines = 0;
    let bytes = 0;
    res.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      for (let k = chunk.indexOf(10); k !== -1; k = chunk.indexOf(10, k + 1)) newlines++;
    });
    res.on('end', () => {
      const cpu = process.cpuUsage();
      const cpuMs = (cpu.user + cpu.system) / 1000;
      console.log(JSON.stringify({ status: res.statusCode, lines: newlines - 1, bytes, cpuMs }));
    });
    res.on('error', (error) => {
      console.error(error.message);
      process.exit(1);
    });
  })
  .on('error', (error) => {
    console.error(error.message);
    process.exit(1);
  });
