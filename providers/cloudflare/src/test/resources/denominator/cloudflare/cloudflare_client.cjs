// Drives the Cloudflare simulator with the official npm SDK (package "cloudflare"): zones, records
// with content and structured data, a batch, paged listings, a refusal, the SOA settings.
// Usage: node cloudflare_client.cjs BASE_URL, with CF_TOKEN and CF_ACCOUNT in the environment.
// Prints one JSON object of what it read back.
const sdk = require('cloudflare');
const Cloudflare = sdk.default ?? sdk;

async function all(page) {
  const items = [];
  for await (const item of page) {
    items.push(item);
  }
  return items;
}

async function main() {
  const client = new Cloudflare({
    apiToken: process.env.CF_TOKEN,
    baseURL: process.argv[2],
    maxRetries: 0,
  });
  const out = {};
  const zone = await client.zones.create({
    account: { id: process.env.CF_ACCOUNT },
    name: 'client.example',
    type: 'full',
  });
  const zone_id = zone.id;
  out.zones = (await all(client.zones.list({ per_page: 5 }))).map((z) => z.name);
  const www = await client.dns.records.create({
    zone_id, name: 'www.client.example', type: 'A', content: '192.0.2.7', ttl: 300,
    proxied: true, comment: 'by npm', tags: ['tool:npm'],
  });
  out.created = [www.name, www.type, www.content, www.ttl, www.proxied, www.comment, www.tags];
  const mx = await client.dns.records.create({
    zone_id, name: 'client.example', type: 'MX', content: 'mx.client.example', priority: 10, ttl: 3600,
  });
  out.mx = [mx.content, mx.priority];
  const srv = await client.dns.records.create({
    zone_id, name: '_sip._udp.client.example', type: 'SRV', ttl: 300,
    data: { priority: 10, weight: 5, port: 5060, target: 'sip.client.example' },
  });
  out.srv = [srv.content, srv.priority, srv.data];
  const batch = await client.dns.records.batch({
    zone_id,
    deletes: [{ id: www.id }],
    patches: [{ id: mx.id, ttl: 600 }],
    posts: [{ name: 'www.client.example', type: 'A', content: '192.0.2.7', ttl: 1 }],
  });
  out.batch = {
    deletes: batch.deletes.map((r) => r.id === www.id),
    patches: batch.patches.map((r) => r.ttl),
    puts: batch.puts.length,
    posts: batch.posts.map((r) => [r.content, r.proxied, r.ttl]),
  };
  out.records = (await all(client.dns.records.list({ zone_id, per_page: 2 })))
    .map((r) => `${r.name} ${r.type} ${r.content}`);
  out.byName = (await all(client.dns.records.list({ zone_id, name: { exact: 'WWW.client.example' } })))
    .map((r) => r.content);
  try {
    await client.dns.records.create({
      zone_id, name: 'www.client.example', type: 'CNAME', content: 'x.example.net', ttl: 1,
    });
    out.refused = 'not refused';
  } catch (e) {
    out.refused = [e.status, e.errors.map((error) => error.code)];
  }
  const settings = await client.dns.settings.zone.get({ zone_id });
  out.soa = [settings.soa.rname, settings.soa.min_ttl];
  const deleted = await client.zones.delete({ zone_id });
  out.deleted = deleted.id === zone_id;
  console.log(JSON.stringify(out));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
