namespace CustomerAtlas.Data.Engines.ClickHouse;

/// <summary>Where <see cref="ShardLocalTable"/> stores the rows each shard computes.</summary>
public enum ShardPlacement
{
    /// <summary>On the shard that computed them (the inputs are already co-sharded by customer: no network).</summary>
    WhereComputed,

    /// <summary>On the shard the new table's sharding key (the customer id) names, through the Distributed table.</summary>
    ByCustomer,
}
