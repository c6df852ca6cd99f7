/** Rackspace Cloud DNS. */
package denominator.clouddns;
