"""Drives an NS1 endpoint with Apache Libcloud's own nsone driver, as another tool would.

Usage: libcloud_nsone.py HOST PORT, with the API key in the environment variable NS1_KEY (never
on the command line). Prints one JSON object of what the driver read back.
"""
import json
import os
import sys

from libcloud.dns.providers import get_driver
from libcloud.dns.types import Provider, RecordType

driver = get_driver(Provider.NSONE)(
    os.environ["NS1_KEY"], secure=False, host=sys.argv[1], port=int(sys.argv[2]))

# Libcloud 3.4's NsOneResponse keeps parsed bodies in a list shared by every response, and its
# get_zone (called by get_record) reads the first body ever parsed: so the zone create goes first.
zone = driver.create_zone("libcloud.example")
driver.create_record("", zone, RecordType.A, "192.0.2.7")
driver.create_record("mail", zone, RecordType.MX, "mx.libcloud.example", extra={"priority": 10})
apex = driver.get_record("libcloud.example", "A")
records = driver.list_records(driver.get_zone("libcloud.example"))
print(json.dumps({
    "after": [z.domain for z in driver.list_zones()],
    "zone_ttl": zone.ttl,
    "apex": {"name": apex.name, "type": apex.type, "data": apex.data,
             "ttl": apex.extra.get("ttl")},
    "records": sorted("%s %s %s" % (r.name, r.type, " ".join(str(d) for d in r.data))
                      for r in records),
}))
