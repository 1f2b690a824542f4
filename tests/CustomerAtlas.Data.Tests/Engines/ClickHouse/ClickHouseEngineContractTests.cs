using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.ClickHouse;

namespace CustomerAtlas.Data.Tests.Engines.ClickHouse;

public sealed class ClickHouseEngineContractTests : SqlEngineContractTests
{
    protected override ISqlEngine CreateEngine() => new ClickHouseEngine(ClickHouseTestCluster.Connection);
}
