using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.DuckDb;

namespace CustomerAtlas.Data.Tests.Engines;

public sealed class DuckDbEngineContractTests : SqlEngineContractTests
{
    protected override ISqlEngine CreateEngine() => new DuckDbEngine(threads: 1);
}
