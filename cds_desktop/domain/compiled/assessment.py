# Generated from assessments/schemas/assessment.schema.json (with the question types ladder, checklist)
# by tools/build_schemas.py with fastjsonschema 2.22.3: do not edit; change the schema and run
# `python tools/build_schemas.py`.
# mypy: ignore-errors
VERSION = '2.22.3'
import re


class JsonSchemaValueException(ValueError):
    pass


JsonSchemaValuesException = JsonSchemaValueException
QUESTION_TYPES = ('ladder', 'checklist')  # the registry this was generated for; another one is checked by jsonschema alone
REGEX_PATTERNS = {'^T[0-9]{1,2}$': re.compile('^T[0-9]{1,2}\\Z'), '^[a-z][a-z0-9_]{0,63}$': re.compile('^[a-z][a-z0-9_]{0,63}\\Z')}
NoneType = type(None)

def validate_cds_assessment_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['format', 'format_version', 'instrument', 'business', 'assessment']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
        data_keys = set(data.keys())
        if 'format' in data_keys:
            data_keys.remove('format')
            data__format = data['format']
            if not (isinstance(data__format, str) and data__format == 'cds-assessment'):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.format must be same as const definition: cds-assessment')
        if 'format_version' in data_keys:
            data_keys.remove('format_version')
            data__formatversion = data['format_version']
            if not (isinstance(data__formatversion, (int, float)) and (not isinstance(data__formatversion, bool)) and (data__formatversion == 1)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.format_version must be same as const definition: 1')
        if 'instrument' in data_keys:
            data_keys.remove('instrument')
            data__instrument = data['instrument']
            if not isinstance(data__instrument, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.instrument must be object')
            data__instrument_is_dict = isinstance(data__instrument, dict)
            if data__instrument_is_dict:
                data__instrument__missing_keys = set(['id', 'version']) - data__instrument.keys()
                if data__instrument__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.instrument must contain ' + (str(sorted(data__instrument__missing_keys)) + ' properties'))
                data__instrument_keys = set(data__instrument.keys())
                if 'id' in data__instrument_keys:
                    data__instrument_keys.remove('id')
                    data__instrument__id = data__instrument['id']
                    if not isinstance(data__instrument__id, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.instrument.id must be string')
                    if isinstance(data__instrument__id, str):
                        data__instrument__id_len = len(data__instrument__id)
                        if data__instrument__id_len < 1:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.instrument.id must be longer than or equal to 1 characters')
                if 'version' in data__instrument_keys:
                    data__instrument_keys.remove('version')
                    data__instrument__version = data__instrument['version']
                    if not isinstance(data__instrument__version, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.instrument.version must be string')
                    if isinstance(data__instrument__version, str):
                        data__instrument__version_len = len(data__instrument__version)
                        if data__instrument__version_len < 1:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.instrument.version must be longer than or equal to 1 characters')
                if data__instrument_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.instrument must not contain ' + str(data__instrument_keys) + ' properties')
        if 'business' in data_keys:
            data_keys.remove('business')
            data__business = data['business']
            validate_cds_assessment_schema_json___defs_business(data__business, custom_formats, None)
        if 'assessment' in data_keys:
            data_keys.remove('assessment')
            data__assessment = data['assessment']
            validate_cds_assessment_schema_json___defs_assessment(data__assessment, custom_formats, None)
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
    return data

def validate_cds_assessment_schema_json___defs_assessment(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'stage', 'assessed_on', 'answers']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
        data_keys = set(data.keys())
        if 'id' in data_keys:
            data_keys.remove('id')
            data__id = data['id']
            if not isinstance(data__id, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.id must be string')
            if isinstance(data__id, str):
                data__id_len = len(data__id)
                if data__id_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.id must be longer than or equal to 1 characters')
        if 'stage' in data_keys:
            data_keys.remove('stage')
            data__stage = data['stage']
            if not isinstance(data__stage, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.stage must be string')
            if isinstance(data__stage, str):
                if not REGEX_PATTERNS['^T[0-9]{1,2}$'].search(data__stage):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.stage must match pattern ^T[0-9]{1,2}$')
        if 'assessed_on' in data_keys:
            data_keys.remove('assessed_on')
            data__assessedon = data['assessed_on']
            if not isinstance(data__assessedon, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.assessed_on must be string')
            if isinstance(data__assessedon, str):
                if not custom_formats['date'](data__assessedon):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.assessed_on must be date')
        if 'status' in data_keys:
            data_keys.remove('status')
            data__status = data['status']
            if not (isinstance(data__status, str) and data__status == 'draft' or (isinstance(data__status, str) and data__status == 'completed')):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ".status must be one of ['draft', 'completed']")
        if 'assessor' in data_keys:
            data_keys.remove('assessor')
            data__assessor = data['assessor']
            if not isinstance(data__assessor, (dict, NoneType)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.assessor must be object or null')
            data__assessor_is_dict = isinstance(data__assessor, dict)
            if data__assessor_is_dict:
                data__assessor__missing_keys = set(['name']) - data__assessor.keys()
                if data__assessor__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.assessor must contain ' + (str(sorted(data__assessor__missing_keys)) + ' properties'))
                data__assessor_keys = set(data__assessor.keys())
                if 'name' in data__assessor_keys:
                    data__assessor_keys.remove('name')
                    data__assessor__name = data__assessor['name']
                    if not isinstance(data__assessor__name, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.assessor.name must be string')
                    if isinstance(data__assessor__name, str):
                        data__assessor__name_len = len(data__assessor__name)
                        if data__assessor__name_len > 200:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.assessor.name must be shorter than or equal to 200 characters')
                if 'organization' in data__assessor_keys:
                    data__assessor_keys.remove('organization')
                    data__assessor__organization = data__assessor['organization']
                    if not isinstance(data__assessor__organization, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.assessor.organization must be string')
                    if isinstance(data__assessor__organization, str):
                        data__assessor__organization_len = len(data__assessor__organization)
                        if data__assessor__organization_len > 300:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.assessor.organization must be shorter than or equal to 300 characters')
                if data__assessor_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.assessor must not contain ' + str(data__assessor_keys) + ' properties')
        if 'answers' in data_keys:
            data_keys.remove('answers')
            data__answers = data['answers']
            if not isinstance(data__answers, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.answers must be object')
            data__answers_is_dict = isinstance(data__answers, dict)
            if data__answers_is_dict:
                data__answers_keys = set(data__answers.keys())
                for data__answers_key in data__answers_keys:
                    if data__answers_key not in []:
                        data__answers_value = data__answers.get(data__answers_key)
                        validate_cds_assessment_schema_json___defs_answer(data__answers_value, custom_formats, None)
        if 'targets' in data_keys:
            data_keys.remove('targets')
            data__targets = data['targets']
            if not isinstance(data__targets, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.targets must be object')
            data__targets_is_dict = isinstance(data__targets, dict)
            if data__targets_is_dict:
                data__targets_keys = set(data__targets.keys())
                for data__targets_key in data__targets_keys:
                    if data__targets_key not in []:
                        data__targets_value = data__targets.get(data__targets_key)
                        if not isinstance(data__targets_value, int) and (not (isinstance(data__targets_value, float) and data__targets_value.is_integer())) or isinstance(data__targets_value, bool):
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.targets.{data__targets_key}'.format(**locals()) + ' must be integer')
                        if isinstance(data__targets_value, (int, float)) and (not isinstance(data__targets_value, bool)):
                            if data__targets_value < 0:
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.targets.{data__targets_key}'.format(**locals()) + ' must be bigger than or equal to 0')
                            if data__targets_value > 5:
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.targets.{data__targets_key}'.format(**locals()) + ' must be smaller than or equal to 5')
        if 'updated_at' in data_keys:
            data_keys.remove('updated_at')
            data__updatedat = data['updated_at']
            if not isinstance(data__updatedat, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.updated_at must be string')
        if 'amended_at' in data_keys:
            data_keys.remove('amended_at')
            data__amendedat = data['amended_at']
            if not isinstance(data__amendedat, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.amended_at must be string')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
    return data

def validate_cds_assessment_schema_json___defs_answer(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'not_relevant' in data_keys:
            data_keys.remove('not_relevant')
            data__notrelevant = data['not_relevant']
            if not isinstance(data__notrelevant, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.not_relevant must be array')
            data__notrelevant_is_list = isinstance(data__notrelevant, (list, tuple))
            if data__notrelevant_is_list:
                data__notrelevant_len = len(data__notrelevant)
                if data__notrelevant_len > 50:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.not_relevant must contain less than or equal to 50 items')

                def fn(var):
                    return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__notrelevant_len > len(set((fn(data__notrelevant_x) for data__notrelevant_x in data__notrelevant))):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.not_relevant must contain unique items')
                for data__notrelevant_x, data__notrelevant_item in enumerate(data__notrelevant):
                    if not isinstance(data__notrelevant_item, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.not_relevant[{data__notrelevant_x}]'.format(**locals()) + ' must be string')
        if 'note' in data_keys:
            data_keys.remove('note')
            data__note = data['note']
            if not isinstance(data__note, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.note must be string')
            if isinstance(data__note, str):
                data__note_len = len(data__note)
                if data__note_len > 2000:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.note must be shorter than or equal to 2000 characters')
        if 'level' in data_keys:
            data_keys.remove('level')
            data__level = data['level']
            if not isinstance(data__level, (int, NoneType)) and (not (isinstance(data__level, float) and data__level.is_integer())) or isinstance(data__level, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.level must be integer or null')
            if isinstance(data__level, (int, float)) and (not isinstance(data__level, bool)):
                if data__level < 0:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.level must be bigger than or equal to 0')
                if data__level > 5:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.level must be smaller than or equal to 5')
        if 'selected' in data_keys:
            data_keys.remove('selected')
            data__selected = data['selected']
            if not isinstance(data__selected, (list, tuple, NoneType)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.selected must be array or null')
            data__selected_is_list = isinstance(data__selected, (list, tuple))
            if data__selected_is_list:

                def fn(var):
                    return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                data__selected_len = len(data__selected)
                if data__selected_len > len(set((fn(data__selected_x) for data__selected_x in data__selected))):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.selected must contain unique items')
                for data__selected_x, data__selected_item in enumerate(data__selected):
                    if not isinstance(data__selected_item, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.selected[{data__selected_x}]'.format(**locals()) + ' must be string')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
    return data

def validate_cds_assessment_schema_json___defs_business(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name', 'entity_type', 'sector']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
        data_keys = set(data.keys())
        if 'id' in data_keys:
            data_keys.remove('id')
            data__id = data['id']
            if not isinstance(data__id, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.id must be string')
        if 'name' in data_keys:
            data_keys.remove('name')
            data__name = data['name']
            if not isinstance(data__name, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.name must be string')
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.name must be longer than or equal to 1 characters')
                if data__name_len > 300:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.name must be shorter than or equal to 300 characters')
        if 'tax_code' in data_keys:
            data_keys.remove('tax_code')
            data__taxcode = data['tax_code']
            if not isinstance(data__taxcode, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.tax_code must be string')
            if isinstance(data__taxcode, str):
                data__taxcode_len = len(data__taxcode)
                if data__taxcode_len > 20:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.tax_code must be shorter than or equal to 20 characters')
        if 'entity_type' in data_keys:
            data_keys.remove('entity_type')
            data__entitytype = data['entity_type']
            validate_cds_assessment_schema_json___defs_vocabulary_id(data__entitytype, custom_formats, None)
        if 'sector' in data_keys:
            data_keys.remove('sector')
            data__sector = data['sector']
            validate_cds_assessment_schema_json___defs_vocabulary_id(data__sector, custom_formats, None)
        if 'industry' in data_keys:
            data_keys.remove('industry')
            data__industry = data['industry']
            if not isinstance(data__industry, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.industry must be string')
            if isinstance(data__industry, str):
                data__industry_len = len(data__industry)
                if data__industry_len > 200:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.industry must be shorter than or equal to 200 characters')
        if 'employees' in data_keys:
            data_keys.remove('employees')
            data__employees = data['employees']
            if not isinstance(data__employees, (int, NoneType)) and (not (isinstance(data__employees, float) and data__employees.is_integer())) or isinstance(data__employees, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.employees must be integer or null')
            if isinstance(data__employees, (int, float)) and (not isinstance(data__employees, bool)):
                if data__employees < 0:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.employees must be bigger than or equal to 0')
                if data__employees > 1000000:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.employees must be smaller than or equal to 1000000')
        if 'annual_revenue_vnd' in data_keys:
            data_keys.remove('annual_revenue_vnd')
            data__annualrevenuevnd = data['annual_revenue_vnd']
            validate_cds_assessment_schema_json___defs_money(data__annualrevenuevnd, custom_formats, None)
        if 'total_capital_vnd' in data_keys:
            data_keys.remove('total_capital_vnd')
            data__totalcapitalvnd = data['total_capital_vnd']
            validate_cds_assessment_schema_json___defs_money(data__totalcapitalvnd, custom_formats, None)
        if 'province' in data_keys:
            data_keys.remove('province')
            data__province = data['province']
            if not isinstance(data__province, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.province must be string')
            if isinstance(data__province, str):
                data__province_len = len(data__province)
                if data__province_len > 100:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.province must be shorter than or equal to 100 characters')
        if 'commune' in data_keys:
            data_keys.remove('commune')
            data__commune = data['commune']
            if not isinstance(data__commune, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.commune must be string')
            if isinstance(data__commune, str):
                data__commune_len = len(data__commune)
                if data__commune_len > 100:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.commune must be shorter than or equal to 100 characters')
        if 'address' in data_keys:
            data_keys.remove('address')
            data__address = data['address']
            if not isinstance(data__address, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.address must be string')
            if isinstance(data__address, str):
                data__address_len = len(data__address)
                if data__address_len > 300:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.address must be shorter than or equal to 300 characters')
        if 'produces_goods' in data_keys:
            data_keys.remove('produces_goods')
            data__producesgoods = data['produces_goods']
            if not isinstance(data__producesgoods, (bool, NoneType)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.produces_goods must be boolean or null')
        if 'sells_to_consumers' in data_keys:
            data_keys.remove('sells_to_consumers')
            data__sellstoconsumers = data['sells_to_consumers']
            if not isinstance(data__sellstoconsumers, (bool, NoneType)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.sells_to_consumers must be boolean or null')
        if 'place_as_typed' in data_keys:
            data_keys.remove('place_as_typed')
            data__placeastyped = data['place_as_typed']
            if not isinstance(data__placeastyped, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.place_as_typed must be object')
            data__placeastyped_is_dict = isinstance(data__placeastyped, dict)
            if data__placeastyped_is_dict:
                data__placeastyped_keys = set(data__placeastyped.keys())
                if 'province' in data__placeastyped_keys:
                    data__placeastyped_keys.remove('province')
                    data__placeastyped__province = data__placeastyped['province']
                    if not isinstance(data__placeastyped__province, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.place_as_typed.province must be string')
                    if isinstance(data__placeastyped__province, str):
                        data__placeastyped__province_len = len(data__placeastyped__province)
                        if data__placeastyped__province_len > 100:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.place_as_typed.province must be shorter than or equal to 100 characters')
                if 'commune' in data__placeastyped_keys:
                    data__placeastyped_keys.remove('commune')
                    data__placeastyped__commune = data__placeastyped['commune']
                    if not isinstance(data__placeastyped__commune, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.place_as_typed.commune must be string')
                    if isinstance(data__placeastyped__commune, str):
                        data__placeastyped__commune_len = len(data__placeastyped__commune)
                        if data__placeastyped__commune_len > 100:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.place_as_typed.commune must be shorter than or equal to 100 characters')
                if data__placeastyped_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.place_as_typed must not contain ' + str(data__placeastyped_keys) + ' properties')
        if 'contact' in data_keys:
            data_keys.remove('contact')
            data__contact = data['contact']
            if not isinstance(data__contact, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.contact must be object')
            data__contact_is_dict = isinstance(data__contact, dict)
            if data__contact_is_dict:
                data__contact_keys = set(data__contact.keys())
                if 'name' in data__contact_keys:
                    data__contact_keys.remove('name')
                    data__contact__name = data__contact['name']
                    if not isinstance(data__contact__name, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.contact.name must be string')
                    if isinstance(data__contact__name, str):
                        data__contact__name_len = len(data__contact__name)
                        if data__contact__name_len > 200:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.contact.name must be shorter than or equal to 200 characters')
                if 'phone' in data__contact_keys:
                    data__contact_keys.remove('phone')
                    data__contact__phone = data__contact['phone']
                    if not isinstance(data__contact__phone, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.contact.phone must be string')
                    if isinstance(data__contact__phone, str):
                        data__contact__phone_len = len(data__contact__phone)
                        if data__contact__phone_len > 50:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.contact.phone must be shorter than or equal to 50 characters')
                if 'email' in data__contact_keys:
                    data__contact_keys.remove('email')
                    data__contact__email = data__contact['email']
                    if not isinstance(data__contact__email, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.contact.email must be string')
                    if isinstance(data__contact__email, str):
                        data__contact__email_len = len(data__contact__email)
                        if data__contact__email_len > 254:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.contact.email must be shorter than or equal to 254 characters')
                if data__contact_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.contact must not contain ' + str(data__contact_keys) + ' properties')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
    return data

def validate_cds_assessment_schema_json___defs_money(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (int, NoneType)) and (not (isinstance(data, float) and data.is_integer())) or isinstance(data, bool):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be integer or null')
    if isinstance(data, (int, float)) and (not isinstance(data, bool)):
        if data < 0:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be bigger than or equal to 0')
        if data > 10000000000000000:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be smaller than or equal to 10000000000000000')
    return data

def validate_cds_assessment_schema_json___defs_vocabulary_id(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be string')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[a-z][a-z0-9_]{0,63}$'].search(data):
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must match pattern ^[a-z][a-z0-9_]{0,63}$')
    return data


validate = validate_cds_assessment_schema_json
