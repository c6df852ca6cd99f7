/**
 * UltraDNS through its REST API: zones, record sets, directional (DIR) pools as geo sets and
 * traffic-controller (TC) pools as weighted sets.
 */
package denominator.ultradns;
