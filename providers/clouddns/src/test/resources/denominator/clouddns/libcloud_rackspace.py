"""Drives Debian's python3-libcloud Rackspace DNS driver against the simulator.

Arguments: the identity base URL (http://127.0.0.1:PORT) and the credential kind (apikey or
password). Credentials come from the environment. Prints one JSON object of what it read.
"""
import json
import os
import sys

from libcloud.common.types import InvalidCredsError, LibcloudError
from libcloud.dns.drivers.rackspace import RackspaceDNSConnection, RackspaceDNSDriver
from libcloud.dns.types import RecordType

# jobs of the simulator end at once: poll without waiting 2.5 s each time
RackspaceDNSConnection.poll_interval = 0.001

identity, kind = sys.argv[1], sys.argv[2]
user = os.environ["CLOUDDNS_USER"]
secret = os.environ["CLOUDDNS_APIKEY" if kind == "apikey" else "CLOUDDNS_PASSWORD"]


def driver(key):
    return RackspaceDNSDriver(
        user,
        key,
        region="us",
        ex_force_auth_url=identity,
        ex_force_auth_version="2.0_apikey" if kind == "apikey" else "2.0_password",
    )


out = {}
dns = driver(secret)
out["before"] = [zone.domain for zone in dns.list_zones()]
zone = dns.create_zone(
    "client.example",
    ttl=3600,
    extra={"email": "admin@client.example", "comment": "made by libcloud"},
)
out["zone"] = {"domain": zone.domain, "ttl": zone.ttl, "extra": zone.extra}
www = dns.create_record("www", zone, RecordType.A, "192.0.2.7", extra={"ttl": 300})
mx = dns.create_record(
    None, zone, RecordType.MX, "mx.client.example", extra={"priority": 10, "ttl": 300}
)
out["created"] = [
    {"name": r.name, "type": r.type, "data": r.data, "ttl": r.ttl,
     "priority": r.extra.get("priority"), "id": r.id.split("-")[0]}
    for r in (www, mx)
]
out["listed"] = sorted(
    "%s %s %s %s" % (r.name, r.type, r.data, r.ttl) for r in dns.list_records(zone)
)
dns.update_record(www, data="192.0.2.8", extra={"ttl": 600})
read = dns.get_record(zone.id, www.id)
out["updated"] = {"data": read.data, "ttl": read.ttl}
dns.delete_record(mx)
out["afterDelete"] = sorted("%s %s" % (r.name, r.type) for r in dns.list_records(zone))
try:
    dns.create_zone("client.example", extra={"email": "admin@client.example"})
    out["duplicate"] = "accepted"
except LibcloudError as e:
    out["duplicate"] = str(e.value)
for i in range(101):
    dns.create_zone("z%03d.example" % i, extra={"email": "admin@example.com"})
out["zones"] = len(dns.list_zones())
dns.delete_zone(zone)
out["afterZoneDelete"] = "client.example" in [z.domain for z in dns.list_zones()]
try:
    driver("wrong").list_zones()
    out["badSecret"] = "accepted"
except InvalidCredsError as e:
    out["badSecret"] = type(e).__name__
print(json.dumps(out, sort_keys=True))
