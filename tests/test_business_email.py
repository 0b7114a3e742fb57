"""A contact e-mail must be one mail can reach: "huong@gmail" is refused, naming the field and an example."""

import pytest

from cds_desktop.domain.business import Business, Contact, business_problems


def problems_for(email):
    return [p for p in business_problems(Business(name="Quán cà phê Hương", entity_type="household",
                                                  sector="trade_services", contact=Contact("Hương", "", email)))
            if p.where == "business.contact.email"]


@pytest.mark.parametrize("email", ["huong@gmail", "huong.gmail.com", "huong@", "@gmail.com", "huong@gmail.c",
                                   "hu ong@gmail.com", "huong@gmail..com"])
def test_an_incomplete_e_mail_address_is_refused(email):
    (problem,) = problems_for(email)
    assert "huong@gmail.com" in problem.message["vi"] and email in problem.message["en"]


@pytest.mark.parametrize("email", ["", "huong@gmail.com", "lan.nguyen@sokhcn.quangtri.gov.vn", "a+b@x.io"])
def test_a_complete_e_mail_address_or_none_is_accepted(email):
    assert problems_for(email) == []
