/** Google Cloud DNS through its REST API v1. */
package denominator.googledns;
