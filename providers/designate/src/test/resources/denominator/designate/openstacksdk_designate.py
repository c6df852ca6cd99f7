"""Drives the Designate simulator with Debian's python3-openstacksdk, as an operator would.

Arguments: the Keystone URL (http://127.0.0.1:PORT/identity/v3), the flavour ("password" or
"application_credential"). Credentials come from the environment (DESIGNATE_USER,
DESIGNATE_PASSWORD, DESIGNATE_PROJECT, or DESIGNATE_AC_ID, DESIGNATE_AC_SECRET). Prints one JSON
object of what it read back; never prints a credential or token.
"""
import json
import os
import sys

import openstack


def connect(auth_url, flavour):
    if flavour == "password":
        return openstack.connect(
            auth_type="password",
            auth=dict(
                auth_url=auth_url,
                username=os.environ["DESIGNATE_USER"],
                password=os.environ["DESIGNATE_PASSWORD"],
                project_name=os.environ["DESIGNATE_PROJECT"],
                user_domain_name="Default",
                project_domain_name="Default",
            ),
            region_name="RegionOne",
            interface="public",
        )
    return openstack.connect(
        auth_type="v3applicationcredential",
        auth=dict(
            auth_url=auth_url,
            application_credential_id=os.environ["DESIGNATE_AC_ID"],
            application_credential_secret=os.environ["DESIGNATE_AC_SECRET"],
        ),
        region_name="RegionOne",
        interface="public",
    )


def main():
    auth_url, flavour = sys.argv[1], sys.argv[2]
    conn = connect(auth_url, flavour)
    before = [zone.name for zone in conn.dns.zones()]
    zone = conn.dns.create_zone(name="sdk.example.", email="hostmaster@sdk.example", ttl=3600)
    created = conn.dns.create_recordset(
        zone, name="www.sdk.example.", type="A", records=["192.0.2.7", "192.0.2.8"], ttl=300,
        description="written by openstacksdk")
    read = conn.dns.get_recordset(created, zone)
    listed = sorted(
        "%s %s %s" % (rs.name, rs.type, " ".join(sorted(rs.records)))
        for rs in conn.dns.recordsets(zone))
    fetched = conn.dns.get_zone(zone)
    for label in ("a", "b"):
        conn.dns.create_recordset(
            zone, name=label + ".sdk.example.", type="TXT", records=['"paged %s"' % label], ttl=60)
    # pages of 2 (the simulator's maxLimit): the SDK follows links.next until total_count
    paged = [rs.name for rs in conn.dns.recordsets(zone, limit=2)]
    print(json.dumps({
        "before": before,
        "zone": {"name": zone.name, "status": zone.status, "email": zone.email,
                 "ttl": zone.ttl, "fetched_status": fetched.status},
        "created": {"status": created.status, "action": created.action},
        "read": {"name": read.name, "type": read.type, "ttl": read.ttl,
                 "records": sorted(read.records), "description": read.description,
                 "zone_id": read.zone_id == zone.id, "zone_name": read.zone_name},
        "listed": listed,
        "after": [z.name for z in conn.dns.zones()],
        "paged": paged,
    }))


main()
