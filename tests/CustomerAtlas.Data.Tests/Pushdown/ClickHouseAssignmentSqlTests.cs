using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.ClickHouse;

namespace CustomerAtlas.Data.Tests.Pushdown;

public sealed class ClickHouseAssignmentSqlTests : AssignmentSqlContractTests
{
    protected override ISqlEngine CreateEngine() => ClickHouseEngine.OpenWorkspace(ClickHouseTestCluster.Connection);
}
