using System.Text;

namespace EntityScreen.Benchmarks;

/// <summary>
/// Writes a synthetic ownership CSV, the same for the same size and seed: a forest of corporate groups, each under one
/// owner, most of them a listed party given by its id (<c>owner_id</c>), the rest an unlisted holding named only. Inside
/// a group, each new entity is owned by the last one (chains), by the group's owner (fan-out) or by any earlier one,
/// with a share drawn from majority, minority, range and missing values; some entities have a second owner in the group
/// (aggregation) and a few own an earlier entity back (cycles). Every name is invented (<c>Group 12 Entity 3 Limited</c>)
/// except the listed owners', which are the lists' primary names.
/// </summary>
internal static class SyntheticOwnership
{
    public const string Header = "owner,owned,share,owner_id,owned_id,source,as_of";

    private static readonly string[] s_shares = ["100", "100", "75", "60", "51", "50", "50%", "49", "40", "30", "25-50%", "", "10"];

    /// <summary>Writes <paramref name="edges"/> rows to <paramref name="path"/>, owners drawn from <paramref name="listed"/>.</summary>
    /// <returns>The number of groups written.</returns>
    public static int Write(string path, int edges, IReadOnlyList<ListedParty> listed, int seed = 17)
    {
        if (listed.Count == 0)
        {
            throw new ArgumentException("no listed party to own the groups", nameof(listed));
        }

        var random = new Random(seed);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        writer.Write(Header);
        writer.Write('\n');
        var nodes = new List<(string Name, string Id)>();
        var written = 0;
        var group = 0;
        while (written < edges)
        {
            group++;
            nodes.Clear();
            if (random.NextDouble() < 0.7)
            {
                var party = listed[random.Next(listed.Count)];
                nodes.Add((party.PrimaryName, party.Id));
            }
            else
            {
                nodes.Add(($"Unlisted Holding {group} Limited", string.Empty));
            }

            // Mostly small groups, a few of several hundred entities.
            var size = 1 + (int)(Math.Pow(random.NextDouble(), 3) * 400);
            for (var k = 1; k <= size && written < edges; k++)
            {
                var entity = ($"Group {group} Entity {k} Limited", $"G{group}-{k}");
                var pick = random.NextDouble();
                var parent = pick < 0.4 ? nodes[^1] : pick < 0.7 ? nodes[0] : nodes[random.Next(nodes.Count)];
                Row(parent, entity, s_shares[random.Next(s_shares.Length)]);
                nodes.Add(entity);

                if (nodes.Count > 3 && written < edges && random.NextDouble() < 0.15)
                {
                    var other = nodes[random.Next(nodes.Count - 1)];
                    if (other != parent)
                    {
                        Row(other, entity, random.Next(2) == 0 ? "25" : "30");
                    }
                }

                if (nodes.Count > 4 && written < edges && random.NextDouble() < 0.005)
                {
                    Row(entity, nodes[1 + random.Next(nodes.Count - 3)], "10");
                }
            }
        }

        return group;

        void Row((string Name, string Id) owner, (string Name, string Id) owned, string share)
        {
            writer.Write(Field(owner.Name));
            writer.Write(',');
            writer.Write(Field(owned.Name));
            writer.Write(',');
            writer.Write(share);
            writer.Write(',');
            writer.Write(Field(owner.Id));
            writer.Write(',');
            writer.Write(owned.Id);
            writer.Write(",synthetic,");
            writer.Write(written % 10 == 0 ? "2025-06-30\n" : "\n");
            written++;
        }
    }

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
