// Drives the Azure simulator with Microsoft's own clients: @azure/identity's ClientSecretCredential
// (MSAL: OpenID metadata, then the client-credentials token) and @azure/arm-dns's
// DnsManagementClient (api-version 2018-05-01). Prints what it read as one JSON object.
// Usage: node arm_dns_client.cjs https://127.0.0.1:PORT ; credentials in AZ_TENANT, AZ_CLIENT,
// AZ_SECRET, AZ_SUBSCRIPTION, AZ_GROUP.
const { ClientSecretCredential } = require("@azure/identity");
const { DnsManagementClient } = require("@azure/arm-dns");

async function main() {
  const base = process.argv[2];
  const env = process.env;
  const credential = new ClientSecretCredential(env.AZ_TENANT, env.AZ_CLIENT, env.AZ_SECRET, {
    authorityHost: base,
    disableInstanceDiscovery: true,
  });
  const client = new DnsManagementClient(credential, env.AZ_SUBSCRIPTION, {
    endpoint: base,
    credentialScopes: ["https://management.azure.com/.default"],
  });
  const group = env.AZ_GROUP;
  const zone = "client.example";
  const read = {};

  const created = await client.zones.createOrUpdate(
    group, zone, { location: "global" }, { ifNoneMatch: "*" });
  read.zone = [created.name, created.location, created.nameServers, created.numberOfRecordSets];

  const www = await client.recordSets.createOrUpdate(
    group, zone, "www", "A",
    { ttl: 300, metadata: { by: "npm" }, aRecords: [{ ipv4Address: "192.0.2.7" }] },
    { ifNoneMatch: "*" });
  read.created = [www.name, www.type, www.ttl, www.fqdn, www.metadata, www.aRecords];
  await client.recordSets.createOrUpdate(
    group, zone, "v6", "AAAA", { ttl: 300, aaaaRecords: [{ ipv6Address: "2001:DB8:0:0:0:0:0:7" }] });
  await client.recordSets.createOrUpdate(
    group, zone, "@", "MX", { ttl: 3600, mxRecords: [{ preference: 10, exchange: "mx.client.example." }] });
  await client.recordSets.createOrUpdate(
    group, zone, "@", "CAA", { ttl: 3600, caaRecords: [{ flags: 0, tag: "issue", value: "letsencrypt.org" }] });
  await client.recordSets.createOrUpdate(
    group, zone, "_sip._tcp", "SRV",
    { ttl: 600, srvRecords: [{ priority: 10, weight: 5, port: 5060, target: "sip.client.example." }] });
  await client.recordSets.createOrUpdate(
    group, zone, "txt", "TXT", { ttl: 300, txtRecords: [{ value: ["a".repeat(255), "b".repeat(45)] }] });

  const current = await client.recordSets.get(group, zone, "www", "A");
  const updated = await client.recordSets.createOrUpdate(
    group, zone, "www", "A",
    { ttl: 60, metadata: current.metadata, aRecords: [{ ipv4Address: "192.0.2.8" }] },
    { ifMatch: current.etag });
  read.updated = [updated.ttl, updated.aRecords[0].ipv4Address, updated.etag !== current.etag];
  try {
    await client.recordSets.createOrUpdate(
      group, zone, "www", "A", { ttl: 60, aRecords: [{ ipv4Address: "192.0.2.9" }] },
      { ifMatch: current.etag });
    read.stale = "written";
  } catch (e) {
    read.stale = [e.statusCode, e.code, e.message];
  }
  const patched = await client.recordSets.update(group, zone, "www", "A", { ttl: 120 });
  read.patched = [patched.ttl, patched.metadata, patched.aRecords.length];

  const names = [];
  for await (const set of client.recordSets.listByDnsZone(group, zone, { top: 2 })) {
    names.push(`${set.name} ${set.type.split("/").pop()}`);
  }
  read.listed = names;
  const typed = [];
  for await (const set of client.recordSets.listByType(group, zone, "AAAA")) {
    typed.push(set.aaaaRecords.map((r) => r.ipv6Address));
  }
  read.aaaa = typed;
  const txt = await client.recordSets.get(group, zone, "txt", "TXT");
  read.txt = txt.txtRecords[0].value.map((s) => s.length);

  await client.recordSets.delete(group, zone, "www", "A", { ifMatch: patched.etag });
  try {
    await client.recordSets.get(group, zone, "www", "A");
    read.deleted = "still there";
  } catch (e) {
    read.deleted = [e.statusCode, e.code];
  }
  const zones = [];
  for await (const z of client.zones.listByResourceGroup(group)) {
    zones.push(z.name);
  }
  read.zones = zones;
  await client.zones.beginDeleteAndWait(group, zone, { updateIntervalInMs: 10 });
  const after = [];
  for await (const z of client.zones.listByResourceGroup(group)) {
    after.push(z.name);
  }
  read.after = after;
  process.stdout.write(JSON.stringify(read));
}

main().catch((e) => {
  process.stderr.write(`${e.statusCode || ""} ${e.code || ""} ${e.message}\n${e.stack}\n`);
  process.exit(1);
});
