-- Offer campaigns' target lists (issue 6): one row per campaign and targeted customer, built when the
-- campaign is activated from customer_profiles. holdout marks the customers held out (never shown the
-- offer). The customer's profile grain writes the rest as absolute values (a repeat changes nothing):
-- its steps with the offer, and its purchases and revenue inside the campaign's window, for treated and
-- held-out customers alike, which is what the uplift compares.

CREATE TABLE campaign_targets
(
    tenant        text        NOT NULL,
    campaign      text        NOT NULL,
    user_id       text        NOT NULL,
    holdout       boolean     NOT NULL,
    place         text        NULL,
    delivered     integer     NOT NULL DEFAULT 0,
    viewed        integer     NOT NULL DEFAULT 0,
    clicked       integer     NOT NULL DEFAULT 0,
    converted     integer     NOT NULL DEFAULT 0,
    offer_revenue numeric     NOT NULL DEFAULT 0,
    purchases     integer     NOT NULL DEFAULT 0,
    revenue       numeric     NOT NULL DEFAULT 0,
    updated_at    timestamptz NULL,
    PRIMARY KEY (tenant, campaign, user_id)
);

-- A customer's profile finds the campaigns that target it.
CREATE INDEX ix_campaign_targets_user ON campaign_targets (tenant, user_id);
