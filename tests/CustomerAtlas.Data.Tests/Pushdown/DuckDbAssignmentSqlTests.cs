using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.DuckDb;

namespace CustomerAtlas.Data.Tests.Pushdown;

public sealed class DuckDbAssignmentSqlTests : AssignmentSqlContractTests
{
    protected override ISqlEngine CreateEngine() => new DuckDbEngine(threads: 1);
}
