/** NS1 through its REST API. */
package denominator.ns1;
