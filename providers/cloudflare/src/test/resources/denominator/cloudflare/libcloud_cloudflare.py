# Drives the Cloudflare simulator with Apache Libcloud's CloudFlare DNS driver (Debian's
# python3-libcloud): a zone, plain and special records (MX, CAA with tabs, SSHFP as data), an
# update, a delete, paged listings.
# Usage: /usr/bin/python3 libcloud_cloudflare.py HOST PORT, with CF_TOKEN and CF_ACCOUNT in the
# environment. Prints one JSON object of what it read back.
import json
import os
import sys

from libcloud.dns.drivers.cloudflare import CloudFlareDNSDriver
from libcloud.dns.types import RecordType

driver = CloudFlareDNSDriver(
    os.environ["CF_TOKEN"], host=sys.argv[1], port=int(sys.argv[2]), secure=False)
zone = driver.create_zone("libcloud.example", extra={"account": os.environ["CF_ACCOUNT"]})
www = driver.create_record("www", zone, RecordType.A, "192.0.2.7",
                           extra={"ttl": 300, "proxied": False})
driver.create_record("", zone, RecordType.MX, "mx.libcloud.example",
                     extra={"ttl": 3600, "priority": 10})
driver.create_record("", zone, RecordType.CAA, "0 issue ca.example.net", extra={"ttl": 300})
driver.create_record("ssh", zone, RecordType.SSHFP, "4 2 " + "ab" * 32, extra={"ttl": 300})
txt = driver.create_record("txt", zone, RecordType.TXT, "hello world", extra={"ttl": 300})
updated = driver.update_record(www, data="192.0.2.8", extra={"ttl": 600})
deleted = driver.delete_record(txt)
records = sorted(
    "%s %s %s %s" % (r.name, r.type, r.data, r.ttl) for r in driver.list_records(zone))
out = {
    "zones": [z.domain for z in driver.list_zones()],
    "updated": [updated.id == www.id, updated.data, updated.ttl],
    "deleted": deleted,
    "records": records,
}
driver.delete_zone(zone)
out["after"] = [z.domain for z in driver.list_zones()]
print(json.dumps(out))
