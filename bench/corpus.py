"""A reproducible synthetic corpus: N articles on mixed invented stories, ~25 sentences each.

Each story is covered by several outlets; their articles paraphrase shared facts, and some
plant a different number (a contradiction), a hedge (a certainty gap) or a later update.
``python bench/corpus.py OUT --articles N`` writes the files; ``build(out, n)`` does the same.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

TOWNS = ["Arlen", "Bexley", "Corran", "Dunmore", "Elsby", "Farrow", "Glenhurst", "Halden", "Ivybridge", "Jarrow",
         "Kelso", "Lorne", "Marden", "Norwell", "Oakham", "Penrith", "Quarry Bank", "Redmere", "Selby", "Tamworth"]
PEOPLE = ["Ana Ruiz", "Tom Hale", "Mira Osei", "Jon Park", "Lena Varga", "Omar Haddad", "Ruth Bell", "Ivan Petrov",
          "Sara Lind", "Kofi Mensah", "Nina Rossi", "Paul Brandt"]
OUTLETS = ["Harbour Daily", "Coast News", "Metro Ledger", "Valley Courier", "River Times", "Northern Post",
           "Evening Star", "Daily Record"]
KINDS = {
    "fire": ("A fire broke out at a warehouse in {town} on {day}, {when}.",
             ["{n} people were injured in the blaze, {src} said.", "Firefighters brought the fire under control after {h} hours.",
              "The cause of the fire {cause}.", "Police will open an investigation into the fire.",
              "{person}, the fire chief, said crews arrived within {m} minutes.",
              "About {k} residents were evacuated from nearby homes."]),
    "flood": ("Heavy rain flooded the centre of {town} on {day}, {when}.",
              ["{n} people died in the floods, {src} said.", "The river rose {h} metres above its normal level.",
               "Officials said the cause of the flooding {cause}.", "The council will open an inquiry into the flood defences.",
               "{person}, the mayor, said {k} homes were damaged.", "Rescue teams saved {m} people from rooftops."]),
    "merger": ("{town} Holdings agreed to buy a rival on {day}, {when}.",
               ["The deal is worth ${n} million, {src} said.", "Shares rose {h} percent after the announcement.",
                "Regulators said approval of the deal {cause}.", "The companies will close the deal next year.",
                "{person}, the chief executive, said {k} jobs would be kept.", "The combined company will have {m} stores."]),
}
CAUSES = ["was a faulty heater", "remains unclear", "is under investigation", "was confirmed by inspectors"]
SOURCES = ["police", "officials", "a spokesperson", "the county coroner", "Reuters"]
FILLER = ["Residents described scenes of confusion in the streets of {town}.", "Local businesses in {town} stayed closed.",
          "Volunteers handed out water and blankets.", "The weather service forecast more rain for the region.",
          "Traffic was diverted around the area for several hours.", "Schools in the district reopened the next day.",
          "Community leaders called for calm.", "Several roads were closed as a precaution.",
          "Neighbours said the area had seen similar incidents before.", "The regional governor visited the scene.",
          "Insurance companies said claims were expected to rise.", "A vigil was held in the town square.",
          "Officials thanked emergency crews for their work.", "Photos shared online showed damaged buildings.",
          "The local hospital said it had extra staff on duty.", "A helpline was set up for families."]


def build(out: Path, n_articles: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    story = 0
    while len(paths) < n_articles:
        kind = rng.choice(sorted(KINDS))
        lead, facts = KINDS[kind]
        town = f"{rng.choice(TOWNS)}{'' if story < len(TOWNS) else f' {story}'}"
        day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(300))
        base = dict(town=town, day=day.strftime("%A"), when=day.strftime("%B %-d, %Y"), n=rng.randrange(3, 60),
                    h=rng.randrange(2, 9), m=rng.randrange(5, 40), k=rng.randrange(50, 900) * 10,
                    person=rng.choice(PEOPLE), cause=rng.choice(CAUSES), src=rng.choice(SOURCES))
        for outlet in rng.sample(OUTLETS, rng.randrange(3, 6)):
            if len(paths) >= n_articles:
                break
            values = dict(base)
            if rng.random() < 0.3:
                values["n"] = base["n"] + rng.randrange(4, 12)  # planted contradiction or update
            if rng.random() < 0.3:
                values["cause"] = rng.choice(CAUSES)
            published = day + dt.timedelta(days=rng.randrange(0, 3))
            body = [f"{kind.title()} in {town}", lead.format(**values)]
            body += [f.format(**values) for f in rng.sample(facts, len(facts))]
            body += [f.format(**values) for f in rng.sample(FILLER, len(FILLER))]
            path = out / f"{len(paths):04d}_{outlet.lower().replace(' ', '_')}.md"
            front = f"---\ntitle: {kind.title()} in {town}\noutlet: {outlet}\npublished: {published.isoformat()}\n---\n"
            path.write_text(front + "\n".join(body) + "\n", encoding="utf-8")
            paths.append(path)
        story += 1
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    print(len(build(args.out, args.articles, args.seed)), "articles written to", args.out)


if __name__ == "__main__":
    main()
