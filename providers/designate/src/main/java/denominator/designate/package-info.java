/** OpenStack Designate v2 through Keystone v3. */
package denominator.designate;
