"""A reproducible synthetic corpus: N articles on mixed invented stories, ~25 sentences each.

Each story is covered by several outlets; their articles state shared facts, and some plant a
different count (a contradiction, or an update if published later) or a different cause (a
certainty gap when one is "under investigation"). ``python bench/corpus.py OUT --articles N``
writes the files; ``build(out, n)`` does the same and writes ``OUT.manifest.json`` beside the
folder: for every file its story and, for every line, which template it came from, so a
benchmark can score alignment (same story and template = should align) and count flags that
set two stories against each other (should be none).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

VERSION = 2  # bump when the corpora change, so bench/run.py writes them afresh
# Invented town names, one per story: a number in a name ("Bexley 62") would read as a count.
TOWN_STARTS = ["Ash", "Bex", "Cor", "Dun", "Els", "Far", "Glen", "Hal", "Ivy", "Jar", "Kel", "Lor", "Mar", "Nor",
               "Oak", "Pen", "Quar", "Red", "Sel", "Tam"]
TOWN_ENDS = ["ley", "ford", "by", "ton", "wick", "mere", "field", "bridge", "worth", "ham", "stead", "combe", "hurst",
             "well", "don"]
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
# Colour that every outlet of a story may print, with the story's own town, day or people in it:
# different stories never share a sentence word for word (real ones rarely do), but they look alike.
FILLER = ["Residents described scenes of confusion in the streets of {town}.", "Local businesses in {town} stayed closed on {day}.",
          "Volunteers in {town} handed out water and blankets.", "The weather service forecast more rain for {town} and the region.",
          "Traffic was diverted around central {town} for several hours.", "Schools in the {town} district reopened the next day.",
          "Community leaders in {town} called for calm.", "Several roads near {town} were closed as a precaution.",
          "Neighbours said {town} had seen similar incidents before.", "The regional governor visited {town} on {day}.",
          "Insurance companies said claims from {town} were expected to rise.", "A vigil was held in the {town} town square.",
          "{person} thanked emergency crews for their work.", "Photos shared online showed damaged buildings in {town}.",
          "The {town} hospital said it had extra staff on duty.", "A helpline was set up for families in {town}."]


def build(out: Path, n_articles: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    manifest = {}
    story = 0
    towns = [a + b for a in TOWN_STARTS for b in TOWN_ENDS]
    rng.shuffle(towns)
    while len(paths) < n_articles:
        kind = rng.choice(sorted(KINDS))
        lead, facts = KINDS[kind]
        town = towns[story % len(towns)] + ("" if story < len(towns) else f"-on-{towns[story // len(towns)]}")
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
            lines = [("headline", f"{kind.title()} in {town}"), ("lead", lead.format(**values))]
            lines += [(f"fact{facts.index(f)}", f.format(**values)) for f in rng.sample(facts, len(facts))]
            lines += [("filler", f.format(**values)) for f in rng.sample(FILLER, len(FILLER))]
            body = [text for _, text in lines]
            path = out / f"{len(paths):04d}_{outlet.lower().replace(' ', '_')}.md"
            manifest[path.name] = {"story": story, "n": values["n"], "cause": values["cause"],
                                   "published": published.isoformat(), "lines": {text: key for key, text in lines}}
            front = f"---\ntitle: {kind.title()} in {town}\noutlet: {outlet}\npublished: {published.isoformat()}\n---\n"
            path.write_text(front + "\n".join(body) + "\n", encoding="utf-8")
            paths.append(path)
        story += 1
    out.with_name(out.name + ".manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
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
