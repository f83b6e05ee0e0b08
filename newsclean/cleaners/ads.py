"""Advertisement labels.

- ``drop_ad_labels``: lines that are nothing but an ad-slot label (``Advertisement``,
  ``Anzeige``, ``Publicité``, ``广告``, ...), in any of the languages in ``rules/ads.toml``.
  A sentence that mentions advertising is never touched: the rules match whole lines.

>>> from newsclean._readers import read_text
>>> doc = drop_ad_labels(read_text("Ad revenue rose.\\nAdvertisement\\nAnzeige"))
>>> [b.text for b in doc.blocks], [r.rule for r in doc.records]
(['Ad revenue rose.'], ['ads.label', 'ads.label'])
"""

from __future__ import annotations

from ._base import DropMatchingLines

drop_ad_labels = DropMatchingLines("drop_ad_labels", "ads")
