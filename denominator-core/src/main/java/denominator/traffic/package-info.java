/**
 * Traffic operations for failover tooling, built on plans and change sets, never on loops of single
 * writes: {@link denominator.traffic.Traffic#evacuate} a geo qualifier at one or several providers,
 * {@link denominator.traffic.Traffic#restore} from the snapshot taken before, and {@link
 * denominator.traffic.WeightShift#shift} traffic between weighted sets in steps.
 */
package denominator.traffic;
