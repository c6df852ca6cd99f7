/** Azure DNS. */
package denominator.azure;
